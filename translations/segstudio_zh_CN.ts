<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CliMain</name>
    <message>
        <source>Usage: segstudio-cli &lt;command&gt; [options]

Commands:
  synth     write the synthetic-shapes dataset
  inspect   report on a dataset: counts, sizes, class frequencies, problems
  score     score predicted masks against ground truth
  demo      create the demo project

Run &apos;segstudio-cli &lt;command&gt; --help&apos; for a command&apos;s options.
</source>
        <translation>用法：segstudio-cli &lt;命令&gt; [选项]

命令：
  synth     写出合成形状数据集
  inspect   报告数据集情况：数量、尺寸、类别频率、问题
  score     将预测掩码与真值对比评分
  demo      创建示例项目

运行 &apos;segstudio-cli &lt;命令&gt; --help&apos; 查看某个命令的选项。
</translation>
    </message>
    <message>
        <source>segstudio-cli: unknown command &apos;%1&apos;</source>
        <translation>segstudio-cli: 未知命令 &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>CommandParser</name>
    <message>
        <source>--%1 must be a whole number from %2 to %3 (got &apos;%4&apos;)</source>
        <translation>--%1 必须是 %2 到 %3 之间的整数（实际为 &apos;%4&apos;）</translation>
    </message>
    <message>
        <source>--%1 must be a number from %2 to %3 (got &apos;%4&apos;)</source>
        <translation>--%1 必须是 %2 到 %3 之间的数值（实际为 &apos;%4&apos;）</translation>
    </message>
    <message>
        <source>Run &apos;%1 %2 --help&apos; for usage.</source>
        <translation>运行 &apos;%1 %2 --help&apos; 查看用法。</translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <source>Creates the demo project (synthetic shapes, 500 images of 128x128) in a folder,
as the app does on first start.</source>
        <translation>在文件夹中创建示例项目（合成形状，500 张 128x128 的图像），
与应用首次启动时的操作相同。</translation>
    </message>
    <message>
        <source>Project folder to create.</source>
        <translation>要创建的项目文件夹。</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>--out is required</source>
        <translation>必须指定 --out</translation>
    </message>
    <message>
        <source>Created demo project %1</source>
        <translation>已创建示例项目 %1</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>The file or folder does not exist.</source>
        <translation>文件或文件夹不存在。</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>文件为空。</translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation>无法读取该文件。</translation>
    </message>
    <message>
        <source>The file is truncated.</source>
        <translation>文件已被截断。</translation>
    </message>
    <message>
        <source>The file is not an image.</source>
        <translation>该文件不是图像。</translation>
    </message>
    <message>
        <source>The file&apos;s format is not supported.</source>
        <translation>不支持该文件的格式。</translation>
    </message>
    <message>
        <source>The mask and its image differ in size.</source>
        <translation>掩码与其对应图像的尺寸不一致。</translation>
    </message>
    <message>
        <source>The mask holds values that are not classes.</source>
        <translation>掩码中含有不对应任何类别的值。</translation>
    </message>
    <message>
        <source>The folder is not a dataset SegStudio can read.</source>
        <translation>该文件夹不是 SegStudio 可读取的数据集。</translation>
    </message>
    <message>
        <source>The file is not valid JSON.</source>
        <translation>该文件不是有效的 JSON。</translation>
    </message>
    <message>
        <source>The file&apos;s content is invalid.</source>
        <translation>该文件的内容无效。</translation>
    </message>
    <message>
        <source>The file was written by a newer SegStudio.</source>
        <translation>该文件由更新版本的 SegStudio 写入。</translation>
    </message>
    <message>
        <source>An option has an invalid value.</source>
        <translation>某个选项的值无效。</translation>
    </message>
    <message>
        <source>The file cannot be written.</source>
        <translation>无法写入该文件。</translation>
    </message>
    <message>
        <source>Unknown error.</source>
        <translation>未知错误。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
</context>
<context>
    <name>GuiMain</name>
    <message>
        <source>SegStudio: paint masks, train segmentation models, compare them.</source>
        <translation>SegStudio：绘制掩码、训练分割模型并进行比较。</translation>
    </message>
    <message>
        <source>Open the demo project (synthetic shapes), creating it on first use.</source>
        <translation>打开示例项目（合成形状），首次使用时自动创建。</translation>
    </message>
    <message>
        <source>Project folder or project.json to open.</source>
        <translation>要打开的项目文件夹或 project.json。</translation>
    </message>
    <message>
        <source>[project]</source>
        <translation>[项目]</translation>
    </message>
</context>
<context>
    <name>InspectCommand</name>
    <message>
        <source>Dataset   %1</source>
        <translation>数据集    %1</translation>
    </message>
    <message>
        <source>Layout    %1</source>
        <translation>布局      %1</translation>
    </message>
    <message>
        <source>Samples   %1 (%2 labelled, %3 unlabelled)</source>
        <translation>样本      %1（已标注 %2，未标注 %3）</translation>
    </message>
    <message>
        <source>Split     train %1, val %2, test %3</source>
        <translation>划分      训练 %1，验证 %2，测试 %3</translation>
    </message>
    <message>
        <source>%1x%2 (%3)</source>
        <translation>%1x%2 (%3)</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>另有 %1 种</translation>
    </message>
    <message>
        <source>Sizes     %1</source>
        <translation>尺寸      %1</translation>
    </message>
    <message>
        <source>Classes (inferred from the mask values; add labels.txt to name them)</source>
        <translation>类别（根据掩码值推断；添加 labels.txt 可为其命名）</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>index</source>
        <translation>索引</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>pixels</source>
        <translation>像素</translation>
    </message>
    <message>
        <source>share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>(ignored)</source>
        <translation>(忽略)</translation>
    </message>
    <message>
        <source>Problems  %1 (%2 samples skipped)</source>
        <translation>问题      %1（跳过 %2 个样本）</translation>
    </message>
    <message>
        <source>Reads every sample of a dataset and reports counts, image sizes, class pixel
frequencies and the problems found (bad files are skipped and listed).</source>
        <translation>读取数据集的每个样本，报告数量、图像尺寸、各类别像素
频率以及发现的问题（损坏的文件会被跳过并列出）。</translation>
    </message>
    <message>
        <source>Dataset folder (VOC, PennFudan or images/ + masks/).</source>
        <translation>数据集文件夹（VOC、PennFudan 或 images/ + masks/）。</translation>
    </message>
    <message>
        <source>Print the report as JSON.</source>
        <translation>以 JSON 格式输出报告。</translation>
    </message>
    <message>
        <source>Stop at the first problem (exit code 1) instead of skipping.</source>
        <translation>遇到第一个问题即停止（退出码 1），而不是跳过。</translation>
    </message>
    <message>
        <source>Force the layout: voc, pennfudan or folders.</source>
        <translation>强制指定布局：voc、pennfudan 或 folders。</translation>
    </message>
    <message>
        <source>layout</source>
        <translation>布局</translation>
    </message>
    <message>
        <source>Validation share when the dataset has no split files (default 0.2).</source>
        <translation>数据集没有划分文件时验证集所占比例（默认 0.2）。</translation>
    </message>
    <message>
        <source>f</source>
        <translation>f</translation>
    </message>
    <message>
        <source>Seed of that split (default 42).</source>
        <translation>该划分的随机种子（默认 42）。</translation>
    </message>
    <message>
        <source>k</source>
        <translation>k</translation>
    </message>
    <message>
        <source>give exactly one dataset folder</source>
        <translation>请指定且仅指定一个数据集文件夹</translation>
    </message>
    <message>
        <source>--layout must be voc, pennfudan or folders</source>
        <translation>--layout 必须是 voc、pennfudan 或 folders</translation>
    </message>
</context>
<context>
    <name>ScoreCommand</name>
    <message>
        <source>Scored %1 mask pairs, %2 pixels</source>
        <translation>已评分 %1 对掩码，共 %2 个像素</translation>
    </message>
    <message>
        <source>class</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>IoU</source>
        <translation>IoU</translation>
    </message>
    <message>
        <source>Dice</source>
        <translation>Dice</translation>
    </message>
    <message>
        <source>Acc</source>
        <translation>准确率</translation>
    </message>
    <message>
        <source>Prec</source>
        <translation>精确率</translation>
    </message>
    <message>
        <source>GT pixels</source>
        <translation>真值像素</translation>
    </message>
    <message>
        <source>Pixel accuracy        %1</source>
        <translation>像素准确率            %1</translation>
    </message>
    <message>
        <source>Mean class accuracy   %1</source>
        <translation>平均类别准确率        %1</translation>
    </message>
    <message>
        <source>Mean IoU              %1</source>
        <translation>平均 IoU              %1</translation>
    </message>
    <message>
        <source>FW IoU                %1</source>
        <translation>FW IoU                %1</translation>
    </message>
    <message>
        <source>Mean Dice             %1</source>
        <translation>平均 Dice             %1</translation>
    </message>
    <message>
        <source>Classes were inferred from the mask values; give --classes to name them.</source>
        <translation>类别是根据掩码值推断的；使用 --classes 可为其命名。</translation>
    </message>
    <message>
        <source>Scores predicted masks against ground-truth masks paired by file name: per-class
IoU, Dice, accuracy and precision; pixel accuracy, mean class accuracy, mIoU,
frequency-weighted IoU and mean Dice. Pixels marked 255 in the ground truth are ignored.</source>
        <translation>将预测掩码与按文件名配对的真值掩码进行对比评分：各类别的
IoU、Dice、准确率和精确率；像素准确率、平均类别准确率、mIoU、
频率加权 IoU（FW IoU）和平均 Dice。真值中标记为 255 的像素会被忽略。</translation>
    </message>
    <message>
        <source>Folder of predicted masks.</source>
        <translation>预测掩码所在的文件夹。</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>Folder of ground-truth masks.</source>
        <translation>真值掩码所在的文件夹。</translation>
    </message>
    <message>
        <source>labels.txt or classes.json naming the classes (needed for colour masks).</source>
        <translation>为类别命名的 labels.txt 或 classes.json（彩色掩码必需）。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Print the scores as JSON.</source>
        <translation>以 JSON 格式输出评分。</translation>
    </message>
    <message>
        <source>Fail on the first missing or unreadable mask instead of skipping it.</source>
        <translation>遇到第一个缺失或无法读取的掩码即报错退出，而不是跳过。</translation>
    </message>
    <message>
        <source>--pred and --gt are required</source>
        <translation>必须指定 --pred 和 --gt</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>意外的参数 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
</context>
<context>
    <name>SynthCommand</name>
    <message>
        <source>Writes the synthetic-shapes demo dataset (images/, masks/, classes.json, labels.txt):
circles, rectangles, triangles and ellipses with masks of their kind.</source>
        <translation>写出合成形状示例数据集（images/、masks/、classes.json、labels.txt）：
包含圆形、矩形、三角形和椭圆，掩码按形状种类标注。</translation>
    </message>
    <message>
        <source>Folder to write the dataset into (created if missing).</source>
        <translation>写入数据集的文件夹（不存在时自动创建）。</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>Number of images (default 500).</source>
        <translation>图像数量（默认 500）。</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Image size: S or WxH, 16 to 8192 (default 128).</source>
        <translation>图像尺寸：S 或 WxH，取值 16 到 8192（默认 128）。</translation>
    </message>
    <message>
        <source>size</source>
        <translation>尺寸</translation>
    </message>
    <message>
        <source>Random seed; the same seed gives the same dataset (default 1).</source>
        <translation>随机种子；相同的种子生成相同的数据集（默认 1）。</translation>
    </message>
    <message>
        <source>k</source>
        <translation>k</translation>
    </message>
    <message>
        <source>Gaussian pixel noise sigma, 0 to 64 (default 6).</source>
        <translation>像素高斯噪声的 sigma，取值 0 到 64（默认 6）。</translation>
    </message>
    <message>
        <source>sigma</source>
        <translation>sigma</translation>
    </message>
    <message>
        <source>--out is required</source>
        <translation>必须指定 --out</translation>
    </message>
    <message>
        <source>--size must be S or WxH with sides from 16 to 8192 (got &apos;%1&apos;)</source>
        <translation>--size 必须是 S 或 WxH，边长介于 16 到 8192 之间（实际为 &apos;%1&apos;）</translation>
    </message>
    <message>
        <source>synth: %1/%2 images</source>
        <translation>synth: %1/%2 张图像</translation>
    </message>
    <message>
        <source>Wrote %1 images of %2x%3 with masks to %4</source>
        <translation>已将 %1 张 %2x%3 的图像及其掩码写入 %4</translation>
    </message>
</context>
<context>
    <name>seg::ui::DemoProjectJob</name>
    <message>
        <source>Creating the demo project (synthetic shapes)...</source>
        <translation>正在创建示例项目（合成形状）...</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Demo project</source>
        <translation>示例项目</translation>
    </message>
    <message>
        <source>Creating the demo project was cancelled.</source>
        <translation>已取消创建示例项目。</translation>
    </message>
</context>
<context>
    <name>seg::ui::MainWindow</name>
    <message>
        <source>SegStudio</source>
        <translation>SegStudio</translation>
    </message>
    <message>
        <source>Open a project (File &gt; Open Project) or the demo (File &gt; Open Demo Project).</source>
        <translation>打开一个项目（文件 &gt; 打开项目）或示例项目（文件 &gt; 打开示例项目）。</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>图像</translation>
    </message>
    <message>
        <source>All images</source>
        <translation>全部图像</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>训练集</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>验证集</translation>
    </message>
    <message>
        <source>Unlabelled</source>
        <translation>未标注</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open Project...</source>
        <translation>打开项目(&amp;O)...</translation>
    </message>
    <message>
        <source>Open &amp;Demo Project</source>
        <translation>打开示例项目(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>Show &amp;Mask</source>
        <translation>显示掩码(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About SegStudio</source>
        <translation>关于 SegStudio(&amp;A)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>Mask opacity </source>
        <translation>掩码不透明度 </translation>
    </message>
    <message>
        <source>Opacity of the mask over the image</source>
        <translation>叠加在图像上的掩码的不透明度</translation>
    </message>
    <message>
        <source>Cannot open project</source>
        <translation>无法打开项目</translation>
    </message>
    <message>
        <source>%1 - SegStudio</source>
        <translation>%1 - SegStudio</translation>
    </message>
    <message numerus="yes">
        <source>Opened %1: %n images</source>
        <translation>
            <numerusform>已打开 %1：%n 张图像</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Opened %1: %n images, %2 problems found</source>
        <translation>
            <numerusform>已打开 %1：%n 张图像，发现 %2 个问题</numerusform>
        </translation>
    </message>
    <message>
        <source>This project has no images in the chosen filter.</source>
        <translation>在所选筛选条件下，此项目没有图像。</translation>
    </message>
    <message>
        <source>Cannot create the demo project</source>
        <translation>无法创建示例项目</translation>
    </message>
    <message>
        <source>No images match this filter.</source>
        <translation>没有符合此筛选条件的图像。</translation>
    </message>
    <message>
        <source>The image cannot be read.</source>
        <translation>无法读取该图像。</translation>
    </message>
    <message>
        <source>unlabelled</source>
        <translation>未标注</translation>
    </message>
    <message>
        <source>labelled</source>
        <translation>已标注</translation>
    </message>
    <message>
        <source>mask unreadable</source>
        <translation>掩码无法读取</translation>
    </message>
    <message>
        <source>%1  %2x%3  %4  %5</source>
        <translation>%1  %2x%3  %4  %5</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>打开项目</translation>
    </message>
    <message>
        <source>SegStudio projects (project.json)</source>
        <translation>SegStudio 项目 (project.json)</translation>
    </message>
    <message>
        <source>About SegStudio</source>
        <translation>关于 SegStudio</translation>
    </message>
    <message>
        <source>&lt;h3&gt;SegStudio %1&lt;/h3&gt;&lt;p&gt;A workbench for semantic segmentation: paint masks, train models, compare them.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;SegStudio %1&lt;/h3&gt;&lt;p&gt;语义分割工作台：绘制掩码、训练模型并进行比较。&lt;/p&gt;&lt;p&gt;依据 GNU 通用公共许可证第 3 版或更高版本授权。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>training</source>
        <translation>训练集</translation>
    </message>
    <message>
        <source>validation</source>
        <translation>验证集</translation>
    </message>
    <message>
        <source>test</source>
        <translation>测试集</translation>
    </message>
    <message>
        <source>no split</source>
        <translation>未划分</translation>
    </message>
</context>
</TS>
