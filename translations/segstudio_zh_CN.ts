<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AnalysisImages</name>
    <message>
        <source>correct</source>
        <translation>正确</translation>
    </message>
    <message>
        <source>wrong class</source>
        <translation>类别错误</translation>
    </message>
    <message>
        <source>missed (object predicted as background)</source>
        <translation>漏检（目标被预测为背景）</translation>
    </message>
    <message>
        <source>false alarm (background predicted as object)</source>
        <translation>误报（背景被预测为目标）</translation>
    </message>
    <message>
        <source>ignored (unlabelled in the ground truth)</source>
        <translation>忽略（真值中未标注）</translation>
    </message>
    <message>
        <source>both predict the same</source>
        <translation>两者预测相同</translation>
    </message>
    <message>
        <source>%1 right, %2 wrong</source>
        <translation>%1 正确，%2 错误</translation>
    </message>
    <message>
        <source>they differ, both wrong</source>
        <translation>两者不同，且都错误</translation>
    </message>
    <message>
        <source>they differ, no ground truth</source>
        <translation>两者不同，无真值</translation>
    </message>
</context>
<context>
    <name>ArchitectureFlags</name>
    <message>
        <source>Architecture: %1.</source>
        <translation>架构：%1。</translation>
    </message>
    <message>
        <source>Default: %1.</source>
        <translation>默认：%1。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>%1: %2 %3; default %4.</source>
        <translation>%1：%2 取值 %3；默认 %4。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>unknown model &apos;%1&apos; (expected one of: %2)</source>
        <translation>未知模型“%1”（应为以下之一：%2）</translation>
    </message>
    <message>
        <source>--%1 does not apply to %2 (its options: %3)</source>
        <translation>--%1 不适用于 %2（它的选项：%3）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>--%1 must be a whole number, not &apos;%2&apos;</source>
        <translation>--%1 必须是整数，而不是“%2”</translation>
    </message>
</context>
<context>
    <name>BoxTool</name>
    <message>
        <source>Rectangle fill</source>
        <translation>矩形填充</translation>
    </message>
    <message>
        <source>GrabCut</source>
        <translation>GrabCut</translation>
    </message>
    <message>
        <source>Accept live prediction in a box</source>
        <translation>在框内接受实时预测</translation>
    </message>
</context>
<context>
    <name>CliMain</name>
    <message>
        <source>segstudio-cli: unknown command &apos;%1&apos;</source>
        <translation>segstudio-cli: 未知命令 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>segstudio-cli: unexpected error: %1</source>
        <translation>segstudio-cli：意外错误：%1</translation>
    </message>
    <message>
        <source>Usage: segstudio-cli &lt;command&gt; [options]

Commands:
  synth     write the synthetic-shapes dataset
  inspect   report on a dataset: counts, sizes, class frequencies, problems
  score     score predicted masks against ground truth
  demo      create the demo project
  init      make a dataset or image folder a project
  scribble  replace a project&apos;s training masks by scribbles of them
  train     train a model (any of &apos;segstudio-cli model --list&apos;)
  eval      score a checkpoint on a dataset split
  predict   write predicted masks for images
  compare   score 2 to 4 models side by side on a dataset split
  export    write a checkpoint&apos;s model as a TorchScript module
  model     print a model&apos;s parameters and GMACs
  runs      list a project&apos;s training runs and their best mIoU

Options:
  -h, --help       this list
  -v, --version    the version of SegStudio

Run &apos;segstudio-cli &lt;command&gt; --help&apos; for a command&apos;s options.
</source>
        <translation>用法：segstudio-cli &lt;命令&gt; [选项]

命令：
  synth     写出合成形状数据集
  inspect   报告数据集情况：数量、尺寸、类别频率、问题
  score     将预测掩码与真值对比评分
  demo      创建示例项目
  init      将数据集或图像文件夹设为项目
  scribble  将项目的训练掩码替换为其涂画笔画
  train     训练模型（&apos;segstudio-cli model --list&apos; 中的任一种）
  eval      在数据集划分上评估检查点
  predict   为图像写出预测掩码
  compare   在数据集划分上并排评估 2 到 4 个模型
  export    将检查点的模型写为 TorchScript 模块
  model     打印模型的参数量和 GMACs
  runs      列出项目的训练运行及其最佳 mIoU

选项：
  -h, --help       显示此列表
  -v, --version    显示 SegStudio 的版本

运行 &apos;segstudio-cli &lt;命令&gt; --help&apos; 查看某个命令的选项。
</translation>
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
    <name>CompareCommand</name>
    <message>
        <source>metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>* best of the row (not marked when all are equal)</source>
        <translation>* 该行最佳（全部相同时不标记）</translation>
    </message>
    <message>
        <source>Scores 2 to 4 models on the same dataset split and prints their metrics side by
side, the best of each row marked. Models are checkpoints or TorchScript files.</source>
        <translation>在同一数据集划分上评估 2 到 4 个模型，并排打印它们的指标，
标记每行的最佳值。模型可以是检查点或 TorchScript 文件。</translation>
    </message>
    <message>
        <source>A model: a checkpoint or a TorchScript file (give 2 to 4).</source>
        <translation>模型：检查点或 TorchScript 文件（指定 2 到 4 个）。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Dataset folder or project.</source>
        <translation>数据集文件夹或项目。</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>val, train, test or all (default val).</source>
        <translation>val、train、test 或 all（默认 val）。</translation>
    </message>
    <message>
        <source>split</source>
        <translation>划分</translation>
    </message>
    <message>
        <source>Also write the table as CSV to this file.</source>
        <translation>同时将表格以 CSV 格式写入此文件。</translation>
    </message>
    <message>
        <source>Also write a PNG grid: the hardest images (lowest mIoU over the models) in rows; image, ground truth and each model&apos;s prediction in columns.</source>
        <translation>同时写出 PNG 网格图：每行一张最难的图像（各模型 mIoU 最低）；各列依次为图像、真值和每个模型的预测。</translation>
    </message>
    <message>
        <source>Rows of the grid (default 4).</source>
        <translation>网格的行数（默认 4）。</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>give 2 to 4 --model files and --data</source>
        <translation>请指定 2 到 4 个 --model 文件以及 --data</translation>
    </message>
    <message>
        <source>--split must be val, train, test or all</source>
        <translation>--split 必须是 val、train、test 或 all</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message numerus="yes">
        <source>Compared %n model(s) on %1 images (%2 split)</source>
        <translation>
            <numerusform>已在 %1 张图像上比较 %n 个模型（%2 划分）</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote the table to %1</source>
        <translation>已将表格写入 %1</translation>
    </message>
    <message>
        <source>Wrote the grid to %1</source>
        <translation>已将网格图写入 %1</translation>
    </message>
</context>
<context>
    <name>ConsoleObserver</name>
    <message>
        <source>Training on %1 images, validating on %2; %3 iterations per epoch; %4 threads, %5</source>
        <translation>在 %1 张图像上训练，在 %2 张图像上验证；每轮 %3 次迭代；%4 个线程，%5</translation>
    </message>
    <message>
        <source>epoch %1/%2  iteration %3/%4  loss %5  lr %6  %7 img/s</source>
        <translation>第 %1/%2 轮  迭代 %3/%4  损失 %5  lr %6  %7 img/s</translation>
    </message>
    <message>
        <source>epoch %1/%2  loss %3  val loss %4  pixel accuracy %5  mIoU %6  %7 s%8</source>
        <translation>第 %1/%2 轮  损失 %3  验证损失 %4  像素准确率 %5  mIoU %6  %7 秒%8</translation>
    </message>
    <message>
        <source>  (best)</source>
        <translation>  (最佳)</translation>
    </message>
    <message>
        <source>  adversarial %1  discriminator %2</source>
        <translation>  对抗 %1  判别器 %2</translation>
    </message>
    <message>
        <source>rank %1: </source>
        <translation>进程 %1：</translation>
    </message>
</context>
<context>
    <name>DatasetFlags</name>
    <message>
        <source>Change-detection datasets: the folders of the before images, the after images and the change labels (default %1,%2,%3, as LEVIR-CD).</source>
        <translation>变化检测数据集：前时相图像、后时相图像和变化标签所在的文件夹（默认 %1,%2,%3，与 LEVIR-CD 相同）。</translation>
    </message>
    <message>
        <source>before,after,label</source>
        <translation>前,后,标签</translation>
    </message>
    <message>
        <source>--change-folders takes three folder names, e.g. A,B,label (got &apos;%1&apos;)</source>
        <translation>--change-folders 需要三个文件夹名，例如 A,B,label（得到的是“%1”）</translation>
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
    <name>DurationText</name>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n 秒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n 小时</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
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
    <message>
        <source>There is not enough memory for this.</source>
        <translation>内存不足，无法完成此操作。</translation>
    </message>
    <message>
        <source>Unexpected error: %1</source>
        <translation>意外错误：%1</translation>
    </message>
    <message>
        <source>Unexpected error of an unknown kind.</source>
        <translation>未知类型的意外错误。</translation>
    </message>
</context>
<context>
    <name>EvalCommand</name>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Dataset folder or project.</source>
        <translation>数据集文件夹或项目。</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>val, train, test or all (default val).</source>
        <translation>val、train、test 或 all（默认 val）。</translation>
    </message>
    <message>
        <source>split</source>
        <translation>划分</translation>
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
        <source>Print the scores as JSON.</source>
        <translation>以 JSON 格式输出评分。</translation>
    </message>
    <message>
        <source>--checkpoint and --data are required</source>
        <translation>必须指定 --checkpoint 和 --data</translation>
    </message>
    <message>
        <source>--split must be val, train, test or all</source>
        <translation>--split 必须是 val、train、test 或 all</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>Evaluated %1 images (%2 split)</source>
        <translation>已评估 %1 张图像（%2 划分）</translation>
    </message>
    <message>
        <source>image</source>
        <translation>图像</translation>
    </message>
    <message>
        <source>pixel acc</source>
        <translation>像素准确率</translation>
    </message>
    <message>
        <source>mIoU</source>
        <translation>mIoU</translation>
    </message>
    <message>
        <source>worst class (IoU)</source>
        <translation>最差类别 (IoU)</translation>
    </message>
    <message>
        <source>Also list each image&apos;s pixel accuracy, mIoU and worst class, worst first.</source>
        <translation>同时列出每张图像的像素准确率、mIoU 和最差类别，最差的在前。</translation>
    </message>
    <message>
        <source>Scores a model (a checkpoint or TorchScript file) on a dataset&apos;s validation split
(or another split): the metrics table of `score`, from the model alone.</source>
        <translation>在数据集的验证划分（或其他划分）上评估模型（检查点或 TorchScript 文件）：
输出与 `score` 相同的指标表，仅需模型本身。</translation>
    </message>
    <message>
        <source>A checkpoint (best.pt or last.pt of a run) or a TorchScript model.</source>
        <translation>检查点（某次运行的 best.pt 或 last.pt）或 TorchScript 模型。</translation>
    </message>
    <message numerus="yes">
        <source>, with dense CRF post-processing (%n iteration(s))</source>
        <translation>
            <numerusform>，并经过密集 CRF 后处理（%n 次迭代）</numerusform>
        </translation>
    </message>
    <message>
        <source>Change class: precision %1, recall %2, F1 %3, IoU %4</source>
        <translation>变化类别：精确率 %1，召回率 %2，F1 %3，IoU %4</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>Writes a checkpoint&apos;s model as a TorchScript module for PyTorch:
  model = torch.jit.load(&quot;model.pt&quot;)
  logits = model(x)  # x: float [N, 3, H, W], RGB in [0, 1] normalised with
                     # model.mean and model.std; any H and W
It returns [N, classes, H, W] logits, the same as SegStudio computes; the class
names are model.class_names. SegStudio opens the file as a model too.</source>
        <translation>将检查点的模型写为 PyTorch 可用的 TorchScript 模块：
  model = torch.jit.load(&quot;model.pt&quot;)
  logits = model(x)  # x: float [N, 3, H, W], RGB in [0, 1] normalised with
                     # model.mean and model.std; any H and W
它返回 [N, classes, H, W] 的 logits，与 SegStudio 的计算结果相同；类别
名称为 model.class_names。SegStudio 也可以将该文件作为模型打开。</translation>
    </message>
    <message>
        <source>A checkpoint (best.pt or last.pt of a run).</source>
        <translation>检查点（某次运行的 best.pt 或 last.pt）。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>The TorchScript file to write.</source>
        <translation>要写入的 TorchScript 文件。</translation>
    </message>
    <message>
        <source>--checkpoint and --out are required</source>
        <translation>必须指定 --checkpoint 和 --out</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: %2, %n class(es); load it with torch.jit.load</source>
        <translation>
            <numerusform>已写入 %1：%2，%n 个类别；可用 torch.jit.load 加载</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FillTool</name>
    <message>
        <source>Flood fill</source>
        <translation>区域填充</translation>
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
    <name>InitCommand</name>
    <message>
        <source>Makes a folder a SegStudio project (writes project.json into it), as the window&apos;s
File &gt; New Project does: a dataset in any layout SegStudio reads, or with --images
a plain folder of images to annotate.</source>
        <translation>将文件夹设为 SegStudio 项目（在其中写入 project.json），与窗口中的
“文件 &gt; 新建项目”相同：可以是 SegStudio 能读取的任意布局的数据集，
也可以配合 --images 使用要标注的普通图像文件夹。</translation>
    </message>
    <message>
        <source>The dataset or image folder.</source>
        <translation>数据集或图像文件夹。</translation>
    </message>
    <message>
        <source>A plain folder of images to annotate.</source>
        <translation>要标注的普通图像文件夹。</translation>
    </message>
    <message>
        <source>With --images: class names, comma-separated (background,object).</source>
        <translation>与 --images 一起使用：类别名称，以逗号分隔（background,object）。</translation>
    </message>
    <message>
        <source>names</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>give one folder</source>
        <translation>请给出一个文件夹</translation>
    </message>
    <message numerus="yes">
        <source>Created %1 with %n classes</source>
        <translation>
            <numerusform>已创建 %1，共 %n 个类别</numerusform>
        </translation>
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
        <source>--layout must be voc, pennfudan, folders or images</source>
        <translation>--layout 必须是 voc、pennfudan、folders 或 images</translation>
    </message>
    <message>
        <source>Force the layout: voc, pennfudan, folders or images.</source>
        <translation>强制指定布局：voc、pennfudan、folders 或 images。</translation>
    </message>
</context>
<context>
    <name>MetricsTable</name>
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
</context>
<context>
    <name>ModelCommand</name>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Number of classes.</source>
        <translation>类别数。</translation>
    </message>
    <message>
        <source>Input size: S or WxH (default 512).</source>
        <translation>输入尺寸：S 或 WxH（默认 512）。</translation>
    </message>
    <message>
        <source>size</source>
        <translation>尺寸</translation>
    </message>
    <message>
        <source>--size must be S or WxH with sides from 8 to 8192</source>
        <translation>--size 必须是 S 或 WxH，边长 8 到 8192</translation>
    </message>
    <message>
        <source>Prints a model&apos;s size: parameters, convolutions and matrix products, and the multiply-accumulates (GMACs) of one forward pass.</source>
        <translation>打印模型的规模：参数量、卷积与矩阵乘法的数量，以及一次前向传播的乘加运算量（GMACs）。</translation>
    </message>
    <message>
        <source>%1 (%2) at %3x%4: %5 parameters (%6 M), %7 convolutions, %8 matrix products; %9 GMACs per forward pass (multiply-accumulates; FLOPs are twice as many)</source>
        <translation>%1（%2），输入 %3x%4：%5 个参数（%6 M），%7 个卷积，%8 个矩阵乘法；每次前向传播 %9 GMACs（乘加运算；FLOPs 为其两倍）</translation>
    </message>
    <message>
        <source>Lists every architecture, one a line: its name, its label and what it takes (image, or pair for change detection), tab-separated.</source>
        <translation>列出所有架构，每行一个：名称、显示名称及输入类型（image 为单张图像，pair 为变化检测的图像对），以制表符分隔。</translation>
    </message>
    <message>
        <source>Model zoo, with its default options: %1</source>
        <translation>模型库（默认选项）：%1</translation>
    </message>
</context>
<context>
    <name>ModelOptions</name>
    <message>
        <source>TorchScript models: class names, comma-separated, or a labels.txt or classes.json file. Without it, the settings stored next to the model (or inside a model SegStudio exported) apply.</source>
        <translation>TorchScript 模型：类别名称，以逗号分隔，或 labels.txt、classes.json 文件。不指定时，使用存放在模型旁边的设置（或 SegStudio 导出的模型内部的设置）。</translation>
    </message>
    <message>
        <source>names|file</source>
        <translation>名称|文件</translation>
    </message>
    <message>
        <source>TorchScript models: input mean per RGB channel (default ImageNet&apos;s 0.485,0.456,0.406).</source>
        <translation>TorchScript 模型：各 RGB 通道的输入均值（默认为 ImageNet 的 0.485,0.456,0.406）。</translation>
    </message>
    <message>
        <source>r,g,b</source>
        <translation>r,g,b</translation>
    </message>
    <message>
        <source>TorchScript models: input standard deviation per RGB channel (default ImageNet&apos;s 0.229,0.224,0.225).</source>
        <translation>TorchScript 模型：各 RGB 通道的输入标准差（默认为 ImageNet 的 0.229,0.224,0.225）。</translation>
    </message>
    <message>
        <source>TorchScript models traced at one size: WxH; images are resized to it.</source>
        <translation>以固定尺寸追踪（trace）的 TorchScript 模型：WxH；图像会缩放到该尺寸。</translation>
    </message>
    <message>
        <source>size</source>
        <translation>尺寸</translation>
    </message>
    <message>
        <source>--mean, --std and --input-size go with --classes</source>
        <translation>--mean、--std 和 --input-size 需与 --classes 一起使用</translation>
    </message>
    <message>
        <source>--%1 takes three numbers separated by commas, e.g. 0.5,0.5,0.5</source>
        <translation>--%1 需要三个以逗号分隔的数值，例如 0.5,0.5,0.5</translation>
    </message>
    <message>
        <source>--input-size takes WxH, e.g. 520x520</source>
        <translation>--input-size 需要 WxH 格式，例如 520x520</translation>
    </message>
    <message>
        <source>Refine the probabilities with a fully connected CRF (dense CRF): pixels close in position and colour lean to the same class.</source>
        <translation>用全连接 CRF（密集 CRF）细化概率：位置和颜色相近的像素倾向于同一类别。</translation>
    </message>
    <message>
        <source>CRF mean-field iterations (default %1; implies --crf).</source>
        <translation>CRF 平均场迭代次数（默认 %1；隐含 --crf）。</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>CRF appearance kernel: weight, spatial width in pixels, colour width (default %1,%2,%3; implies --crf).</source>
        <translation>CRF 外观核：权重、空间宽度（像素）、颜色宽度（默认 %1,%2,%3；隐含 --crf）。</translation>
    </message>
    <message>
        <source>w,px,colour</source>
        <translation>权重,像素,颜色</translation>
    </message>
    <message>
        <source>CRF smoothness kernel: weight, spatial width in pixels (default %1,%2; implies --crf).</source>
        <translation>CRF 平滑核：权重、空间宽度（像素）（默认 %1,%2；隐含 --crf）。</translation>
    </message>
    <message>
        <source>w,px</source>
        <translation>权重,像素</translation>
    </message>
    <message>
        <source>--crf-appearance takes three numbers, e.g. 5,30,13</source>
        <translation>--crf-appearance 需要三个数值，例如 5,30,13</translation>
    </message>
    <message>
        <source>--crf-smoothness takes two numbers, e.g. 3,3</source>
        <translation>--crf-smoothness 需要两个数值，例如 3,3</translation>
    </message>
</context>
<context>
    <name>ModelTable</name>
    <message>
        <source>Backbone</source>
        <translation>骨干网络</translation>
    </message>
    <message>
        <source>The encoder: a ResNet (He et al. 2016) or a VGG network (Simonyan and Zisserman 2015).</source>
        <translation>编码器：ResNet（He 等，2016）或 VGG 网络（Simonyan 与 Zisserman，2015）。</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>宽度</translation>
    </message>
    <message>
        <source>Channels of the backbone&apos;s first stage: 64 as in the papers; fewer train faster.</source>
        <translation>骨干网络第一阶段的通道数：论文中为 64；通道越少训练越快。</translation>
    </message>
    <message>
        <source>Output stride</source>
        <translation>输出步幅</translation>
    </message>
    <message>
        <source>How much smaller than the image the deepest features are: 8 keeps finer detail and costs about four times more.</source>
        <translation>最深层特征相对图像缩小的倍数：8 保留更多细节，计算量约为四倍。</translation>
    </message>
    <message>
        <source>Channels of the first stage; each deeper stage doubles them.</source>
        <translation>第一阶段的通道数；每深一层通道数加倍。</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>深度</translation>
    </message>
    <message>
        <source>Number of stages, each at half the resolution of the last.</source>
        <translation>阶段数，每个阶段的分辨率是上一阶段的一半。</translation>
    </message>
    <message>
        <source>Bilinear upsampling</source>
        <translation>双线性上采样</translation>
    </message>
    <message>
        <source>Upsample bilinearly instead of with a learned 2x2 transposed convolution.</source>
        <translation>使用双线性上采样，而不是可学习的 2x2 转置卷积。</translation>
    </message>
    <message>
        <source>U-Net</source>
        <translation>U-Net</translation>
    </message>
    <message>
        <source>Ronneberger et al. 2015: an encoder and a decoder joined by skip connections at every scale.</source>
        <translation>Ronneberger 等，2015：编码器与解码器在每个尺度上通过跳跃连接相连。</translation>
    </message>
    <message>
        <source>DeepLabv3+</source>
        <translation>DeepLabv3+</translation>
    </message>
    <message>
        <source>Chen et al. 2018: atrous spatial pyramid pooling on a dilated backbone, and a decoder that sharpens borders with stride-4 features.</source>
        <translation>Chen 等，2018：在空洞骨干网络上做空洞空间金字塔池化，并由解码器借助步幅 4 的特征使边界更清晰。</translation>
    </message>
    <message>
        <source>DeepLabv3</source>
        <translation>DeepLabv3</translation>
    </message>
    <message>
        <source>Chen et al. 2017: atrous spatial pyramid pooling on a dilated backbone.</source>
        <translation>Chen 等，2017：在空洞骨干网络上做空洞空间金字塔池化。</translation>
    </message>
    <message>
        <source>FCN-8s</source>
        <translation>FCN-8s</translation>
    </message>
    <message>
        <source>Long et al. 2015: class scores from strides 32, 16 and 8, summed.</source>
        <translation>Long 等，2015：将步幅 32、16 和 8 的类别得分相加。</translation>
    </message>
    <message>
        <source>FCN-16s</source>
        <translation>FCN-16s</translation>
    </message>
    <message>
        <source>Long et al. 2015: class scores from strides 32 and 16, summed.</source>
        <translation>Long 等，2015：将步幅 32 和 16 的类别得分相加。</translation>
    </message>
    <message>
        <source>FCN-32s</source>
        <translation>FCN-32s</translation>
    </message>
    <message>
        <source>Long et al. 2015: class scores from stride 32, upsampled.</source>
        <translation>Long 等，2015：将步幅 32 的类别得分上采样。</translation>
    </message>
    <message>
        <source>The encoder: a ResNet (He et al. 2016).</source>
        <translation>编码器：ResNet（He 等，2016）。</translation>
    </message>
    <message>
        <source>The encoder: a VGG network (Simonyan and Zisserman 2015).</source>
        <translation>编码器：VGG 网络（Simonyan 与 Zisserman，2015）。</translation>
    </message>
    <message>
        <source>Atrous rate</source>
        <translation>空洞率</translation>
    </message>
    <message>
        <source>scaled to the training crop</source>
        <translation>按训练裁剪尺寸缩放</translation>
    </message>
    <message>
        <source>DeepLab v1 (LargeFOV)</source>
        <translation>DeepLab v1（LargeFOV）</translation>
    </message>
    <message>
        <source>Chen et al. 2015: a VGG network kept at output stride 8, and a classifier whose atrous convolution sees a large field of view.</source>
        <translation>Chen 等，2015：保持输出步幅 8 的 VGG 网络，加上一个通过空洞卷积获得大视野的分类器。</translation>
    </message>
    <message>
        <source>Dilation of the fc6 classifier layer: 12 in the paper, for 321-pixel crops.</source>
        <translation>fc6 分类层的膨胀率：论文中为 12，对应 321 像素的裁剪。</translation>
    </message>
    <message>
        <source>DeepLab v2</source>
        <translation>DeepLab v2</translation>
    </message>
    <message>
        <source>Chen et al. 2017: four atrous classifiers at rates r, 2r, 3r and 4r whose scores are summed (atrous spatial pyramid pooling).</source>
        <translation>Chen 等，2017：膨胀率为 r、2r、3r 和 4r 的四个空洞分类器，其得分相加（空洞空间金字塔池化）。</translation>
    </message>
    <message>
        <source>The smallest of the four rates, r: 6 in the paper, for 321-pixel crops.</source>
        <translation>四个膨胀率中最小的 r：论文中为 6，对应 321 像素的裁剪。</translation>
    </message>
    <message>
        <source>SegNet</source>
        <translation>SegNet</translation>
    </message>
    <message>
        <source>Badrinarayanan et al. 2017: a VGG encoder whose max-pooling positions tell the decoder where to unpool.</source>
        <translation>Badrinarayanan 等，2017：VGG 编码器记录最大池化的位置，解码器据此反池化。</translation>
    </message>
    <message>
        <source>PSPNet</source>
        <translation>PSPNet</translation>
    </message>
    <message>
        <source>Zhao et al. 2017: pyramid pooling over 1, 2, 3 and 6 bins gives every pixel the context of its region and of the whole image.</source>
        <translation>Zhao 等，2017：在 1、2、3、6 个分格上做金字塔池化，使每个像素都能看到其所在区域和整幅图像的上下文。</translation>
    </message>
    <message>
        <source>Channels of the highest-resolution branch (W); the others have 2W, 4W and 8W. 18 as in HRNet-W18.</source>
        <translation>最高分辨率分支的通道数（W）；其余分支为 2W、4W 和 8W。HRNet-W18 中为 18。</translation>
    </message>
    <message>
        <source>Channels of the first stage and of every attention head; the stages have 1, 2, 5 and 8 times as many. 32 as in MiT-B0.</source>
        <translation>第一阶段及每个注意力头的通道数；各阶段分别为其 1、2、5、8 倍。MiT-B0 中为 32。</translation>
    </message>
    <message>
        <source>Transformer blocks in each of the four stages (2 in MiT-B0).</source>
        <translation>四个阶段中每个阶段的 Transformer 块数（MiT-B0 中为 2）。</translation>
    </message>
    <message>
        <source>RefineNet (light-weight)</source>
        <translation>RefineNet（轻量版）</translation>
    </message>
    <message>
        <source>Lin et al. 2017: the deepest features refined step by step with finer ones: residual convolution units, multi-resolution fusion and chained residual pooling.</source>
        <translation>Lin 等，2017：用更精细的特征逐步细化最深层特征：残差卷积单元、多分辨率融合和链式残差池化。</translation>
    </message>
    <message>
        <source>HRNet (W18-small style)</source>
        <translation>HRNet（W18-small 风格）</translation>
    </message>
    <message>
        <source>Wang et al. 2020: branches at four resolutions run side by side and exchange features after every stage, so a high-resolution branch is kept all the way.</source>
        <translation>Wang 等，2020：四种分辨率的分支并行运行，并在每个阶段后交换特征，从而始终保留一个高分辨率分支。</translation>
    </message>
    <message>
        <source>SegFormer (MiT-B0 style)</source>
        <translation>SegFormer（MiT-B0 风格）</translation>
    </message>
    <message>
        <source>Xie et al. 2021: a hierarchical transformer encoder with efficient self-attention and overlapping patch embeddings, and a light all-MLP decoder.</source>
        <translation>Xie 等，2021：采用高效自注意力与重叠图块嵌入的分层 Transformer 编码器，加上轻量的全 MLP 解码器。</translation>
    </message>
    <message>
        <source>Channels of the first stage; each of the four stages doubles them. 16 as in the paper.</source>
        <translation>第一阶段的通道数；四个阶段逐级加倍。论文中为 16。</translation>
    </message>
    <message>
        <source>FC-EF (change detection)</source>
        <translation>FC-EF（变化检测）</translation>
    </message>
    <message>
        <source>Daudt et al. 2018: a U-Net-like network on the before and after images stacked as one 6-channel input (early fusion).</source>
        <translation>Daudt 等，2018：类 U-Net 网络，把前后两时相图像叠成一个 6 通道输入（早期融合）。</translation>
    </message>
    <message>
        <source>FC-Siam-conc (change detection)</source>
        <translation>FC-Siam-conc（变化检测）</translation>
    </message>
    <message>
        <source>Daudt et al. 2018: one encoder with shared weights on each image; the decoder sees both encodings side by side.</source>
        <translation>Daudt 等，2018：权重共享的编码器分别处理两幅图像；解码器并排看到两份编码。</translation>
    </message>
    <message>
        <source>FC-Siam-diff (change detection)</source>
        <translation>FC-Siam-diff（变化检测）</translation>
    </message>
    <message>
        <source>Daudt et al. 2018: one encoder with shared weights on each image; the decoder sees the absolute difference of the encodings.</source>
        <translation>Daudt 等，2018：权重共享的编码器分别处理两幅图像；解码器看到两份编码之差的绝对值。</translation>
    </message>
    <message>
        <source>Normalisation</source>
        <translation>归一化</translation>
    </message>
    <message>
        <source>Batch: BatchNorm, the usual choice. Instance: each image normalised by its own statistics, in training and prediction alike; learns faster from a few images (live learning uses it).</source>
        <translation>批：BatchNorm，通常的选择。实例：每张图像用其自身的统计量归一化，训练和预测时相同；从少量图像中学得更快（实时学习使用它）。</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>批归一化</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>实例归一化</translation>
    </message>
</context>
<context>
    <name>ModelText</name>
    <message>
        <source>%1 or %2</source>
        <translation>%1 或 %2</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 到 %2</translation>
    </message>
    <message>
        <source>%1, a multiple of %2</source>
        <translation>%1，且为 %2 的倍数</translation>
    </message>
    <message>
        <source>on or off</source>
        <translation>开或关</translation>
    </message>
    <message>
        <source>on</source>
        <translation>开</translation>
    </message>
    <message>
        <source>off</source>
        <translation>关</translation>
    </message>
    <message>
        <source>%1 (0: %2)</source>
        <translation>%1（0：%2）</translation>
    </message>
    <message>
        <source>Measured with %5 threads: %1 M parameters, %2 GMACs at 256x256, trains %3 images/s (128x128), predicts a 512x512 image in %4 ms</source>
        <translation>以 %5 个线程测得：%1 M 参数，256x256 下 %2 GMACs，训练 %3 张图像/秒（128x128），预测一张 512x512 图像需 %4 毫秒</translation>
    </message>
    <message>
        <source>%1; validation mIoU not measured yet.</source>
        <translation>%1；验证 mIoU 尚未测量。</translation>
    </message>
    <message>
        <source>the demo</source>
        <translation>演示项目</translation>
    </message>
    <message>
        <source>synthetic change pairs</source>
        <translation>合成变化图像对</translation>
    </message>
    <message numerus="yes">
        <source>%1; validation mIoU %2 on %3 after %4 minutes of training (%n epoch(s)).</source>
        <translation>
            <numerusform>%1；在%3上训练 %4 分钟（%n 轮）后验证 mIoU 为 %2。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not measured yet in the model zoo.</source>
        <translation>模型库中尚未测量。</translation>
    </message>
    <message>
        <source>%1 M parameters · %2 GMACs · trains %3 img/s · %4 ms per 512² image</source>
        <translation>%1 M 参数 · %2 GMACs · 训练 %3 张/秒 · 每张 512² 图像 %4 毫秒</translation>
    </message>
    <message>
        <source>mIoU %1</source>
        <translation>mIoU %1</translation>
    </message>
</context>
<context>
    <name>PredictCommand</name>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>An image, or a folder of images.</source>
        <translation>一张图像，或一个图像文件夹。</translation>
    </message>
    <message>
        <source>path</source>
        <translation>路径</translation>
    </message>
    <message>
        <source>Folder for the masks (created if missing).</source>
        <translation>存放掩码的文件夹（不存在时自动创建）。</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>Tile size for large images (default 512).</source>
        <translation>大图像的分块尺寸（默认 512）。</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>--checkpoint, --input and --out are required</source>
        <translation>必须指定 --checkpoint、--input 和 --out</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>Wrote %1 masks to %2</source>
        <translation>已将 %1 个掩码写入 %2</translation>
    </message>
    <message>
        <source>Also write overlays/&lt;name&gt;_overlay.png inside --out: the image with the mask blended in.</source>
        <translation>同时在 --out 内写出 overlays/&lt;名称&gt;_overlay.png：混合了掩码的图像。</translation>
    </message>
    <message>
        <source>A checkpoint (best.pt or last.pt of a run) or a TorchScript model.</source>
        <translation>检查点（某次运行的 best.pt 或 last.pt）或 TorchScript 模型。</translation>
    </message>
    <message>
        <source>Predicts masks for an image or a folder of images and writes them as palette
PNGs named after the images (and, with --overlay, the images with the mask blended in,
in the overlays folder inside --out, apart from the masks).
A change detection model takes image pairs: --input is then the before image (or folder)
and --after the after image (or a folder whose images pair up with --input&apos;s by name).
Images larger than the tile size are predicted in overlapping tiles.</source>
        <translation>为一张图像或一个图像文件夹预测掩码，并写为以图像命名的调色板 PNG
（使用 --overlay 时，还会在 --out 内的 overlays 文件夹中写出叠加了掩码的图像，
与掩码分开存放）。
变化检测模型接受图像对：此时 --input 为前时相图像（或文件夹），
--after 为后时相图像（或按文件名与 --input 中图像配对的文件夹）。
大于分块尺寸的图像按重叠分块预测。</translation>
    </message>
    <message>
        <source>Change detection: the after image, or a folder of after images named as --input&apos;s.</source>
        <translation>变化检测：后时相图像，或与 --input 中图像同名的后时相图像文件夹。</translation>
    </message>
    <message>
        <source>this model compares image pairs: give the after images with --after</source>
        <translation>该模型比较图像对：请用 --after 给出后时相图像</translation>
    </message>
    <message>
        <source>--after is for change detection models; this one predicts single images</source>
        <translation>--after 仅用于变化检测模型；此模型预测单张图像</translation>
    </message>
</context>
<context>
    <name>ProcessLauncher</name>
    <message>
        <source>No free port on the loopback interface for the processes to meet on</source>
        <translation>回环接口上没有空闲端口可供各进程汇合</translation>
    </message>
    <message>
        <source>Could not start training process %1: %2</source>
        <translation>无法启动训练进程 %1：%2</translation>
    </message>
</context>
<context>
    <name>RunsCommand</name>
    <message>
        <source>Lists a project&apos;s training runs (runs/&lt;id&gt;/) with their model, epochs and best validation mIoU, as the window&apos;s Runs list does.</source>
        <translation>列出项目的训练运行（runs/&lt;id&gt;/）及其模型、轮数和最佳验证 mIoU，与窗口中的“运行”列表相同。</translation>
    </message>
    <message>
        <source>Project folder or project.json.</source>
        <translation>项目文件夹或 project.json。</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>--data is required</source>
        <translation>必须指定 --data</translation>
    </message>
    <message>
        <source>No runs in %1</source>
        <translation>%1 中没有运行</translation>
    </message>
    <message>
        <source>run</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>epochs</source>
        <translation>轮数</translation>
    </message>
    <message>
        <source>best mIoU</source>
        <translation>最佳 mIoU</translation>
    </message>
    <message>
        <source>resumable</source>
        <translation>可继续</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
</context>
<context>
    <name>RuntimeText</name>
    <message numerus="yes">
        <source>CUDA: %n device(s) usable</source>
        <translation>
            <numerusform>CUDA：%n 个设备可用</numerusform>
        </translation>
    </message>
    <message>
        <source>CUDA: built in, but no usable device</source>
        <translation>CUDA：已内置，但没有可用设备</translation>
    </message>
    <message>
        <source>CUDA: not available (this LibTorch is built for the CPU only)</source>
        <translation>CUDA：不可用（此 LibTorch 仅为 CPU 构建）</translation>
    </message>
    <message>
        <source>Qt %1, LibTorch %2 (oneDNN %3), OpenCV %4</source>
        <translation>Qt %1，LibTorch %2（oneDNN %3），OpenCV %4</translation>
    </message>
    <message>
        <source>CPU features: %1; LibTorch&apos;s own kernels use %2</source>
        <translation>CPU 特性：%1；LibTorch 自身的内核使用 %2</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Threads: %1 of %2 hardware threads</source>
        <translation>线程：%1（共 %2 个硬件线程）</translation>
    </message>
    <message>
        <source>Licence: GNU General Public License, version 3 or later</source>
        <translation>许可证：GNU 通用公共许可证第 3 版或更高版本</translation>
    </message>
</context>
<context>
    <name>ScissorsTool</name>
    <message>
        <source>Scissors fill</source>
        <translation>智能剪刀填充</translation>
    </message>
    <message>
        <source>Intelligent scissors</source>
        <translation>智能剪刀</translation>
    </message>
</context>
<context>
    <name>ScoreCommand</name>
    <message>
        <source>Scored %1 mask pairs, %2 pixels</source>
        <translation>已评分 %1 对掩码，共 %2 个像素</translation>
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
    <name>ScribbleCommand</name>
    <message>
        <source>Replaces a project&apos;s training masks by scribbles of them, as an annotator in a
hurry paints them: one stroke across each object and a few across the background,
the rest unlabelled. Validation masks stay complete, so runs are scored against
the whole truth. For measuring what sparse labels train, on a fresh project:
  segstudio-cli demo --out demo5 &amp;&amp; segstudio-cli scribble demo5 --fraction 0.05</source>
        <translation>将项目的训练掩码替换为其涂画笔画，就像标注者匆忙涂画那样：
每个目标上一笔，背景上几笔，其余像素为未标注。验证集掩码保持完整，
因此运行仍以完整真值评分。用于衡量稀疏标注能训练出什么，请在新项目上使用：
  segstudio-cli demo --out demo5 &amp;&amp; segstudio-cli scribble demo5 --fraction 0.05</translation>
    </message>
    <message>
        <source>The project (folder or project.json).</source>
        <translation>项目（文件夹或 project.json）。</translation>
    </message>
    <message>
        <source>Share of each image&apos;s pixels the scribbles cover, above 0 up to 1 (default %1); strokes widen until they reach it.</source>
        <translation>涂画笔画覆盖每张图像像素的比例，大于 0 且不超过 1（默认 %1）；笔画会加宽直到达到该比例。</translation>
    </message>
    <message>
        <source>f</source>
        <translation>f</translation>
    </message>
    <message>
        <source>Strokes across the background of each image (default %1).</source>
        <translation>每张图像背景上的笔画数（默认 %1）。</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Random seed (default %1).</source>
        <translation>随机种子（默认 %1）。</translation>
    </message>
    <message>
        <source>k</source>
        <translation>k</translation>
    </message>
    <message>
        <source>give one project</source>
        <translation>请指定一个项目</translation>
    </message>
    <message numerus="yes">
        <source>Scribbled %n training masks into %1: %2% of their pixels labelled, strokes %3 to %4 px wide</source>
        <translation>
            <numerusform>已将 %n 个训练掩码替换为涂画笔画，写入 %1：其像素的 %2% 已标注，笔画宽 %3 到 %4 px</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShapeTool</name>
    <message>
        <source>Lasso fill</source>
        <translation>套索填充</translation>
    </message>
    <message>
        <source>Polygon fill</source>
        <translation>多边形填充</translation>
    </message>
</context>
<context>
    <name>StrokeTool</name>
    <message>
        <source>Erase</source>
        <translation>擦除</translation>
    </message>
    <message>
        <source>Brush stroke</source>
        <translation>画笔绘制</translation>
    </message>
</context>
<context>
    <name>SuperpixelTool</name>
    <message>
        <source>Superpixel fill</source>
        <translation>超像素填充</translation>
    </message>
    <message>
        <source>Superpixels</source>
        <translation>超像素</translation>
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
    <message>
        <source>Write change-detection pairs instead, in the LEVIR-CD layout (A/, B/, label/): shapes appear, vanish and move between the two images while their colours drift.</source>
        <translation>改为写出变化检测图像对，采用 LEVIR-CD 布局（A/、B/、label/）：两幅图像之间形状出现、消失和移动，同时颜色发生漂移。</translation>
    </message>
    <message>
        <source>With --change: how far the after image&apos;s colours drift, 0 to 1 (default %1).</source>
        <translation>配合 --change：后时相图像颜色漂移的程度，0 到 1（默认 %1）。</translation>
    </message>
    <message>
        <source>d</source>
        <translation>d</translation>
    </message>
    <message>
        <source>--drift needs --change</source>
        <translation>--drift 需要同时指定 --change</translation>
    </message>
    <message>
        <source>synth: %1/%2 pairs</source>
        <translation>synth：%1/%2 对</translation>
    </message>
    <message>
        <source>Wrote %1 image pairs of %2x%3 with change masks to %4</source>
        <translation>已将 %1 对 %2x%3 的图像及变化掩码写入 %4</translation>
    </message>
</context>
<context>
    <name>TimeLeft</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1, about %2 left</source>
        <translation>%1，约剩 %2</translation>
    </message>
</context>
<context>
    <name>TrainCommand</name>
    <message>
        <source>Dataset folder or project (folder or project.json).</source>
        <translation>数据集文件夹或项目（文件夹或 project.json）。</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>Run folder to create (or continue, with --resume).</source>
        <translation>要创建的运行文件夹（配合 --resume 时为要继续的运行文件夹）。</translation>
    </message>
    <message>
        <source>Continue from a checkpoint (its run&apos;s last.pt).</source>
        <translation>从检查点继续训练（所属运行的 last.pt）。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Start from a config.json (options below override it).</source>
        <translation>以 config.json 为基础（下列选项会覆盖其中的设置）。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Epochs to train.</source>
        <translation>训练轮数。</translation>
    </message>
    <message>
        <source>Batch size.</source>
        <translation>批大小。</translation>
    </message>
    <message>
        <source>Square training crop in pixels; 0 trains on whole images.</source>
        <translation>训练时正方形裁剪的边长（像素）；0 表示在整张图像上训练。</translation>
    </message>
    <message>
        <source>Learning rate.</source>
        <translation>学习率。</translation>
    </message>
    <message>
        <source>rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <source>adam, adamw or sgd.</source>
        <translation>adam、adamw 或 sgd。</translation>
    </message>
    <message>
        <source>Weight decay.</source>
        <translation>权重衰减。</translation>
    </message>
    <message>
        <source>w</source>
        <translation>w</translation>
    </message>
    <message>
        <source>ce, dice, ce_dice, focal or lovasz.</source>
        <translation>ce、dice、ce_dice、focal 或 lovasz。</translation>
    </message>
    <message>
        <source>poly, cosine, step or constant.</source>
        <translation>poly、cosine、step 或 constant。</translation>
    </message>
    <message>
        <source>Linear warm-up iterations.</source>
        <translation>线性预热的迭代次数。</translation>
    </message>
    <message>
        <source>Random scale range, e.g. 0.75,1.5.</source>
        <translation>随机缩放范围，例如 0.75,1.5。</translation>
    </message>
    <message>
        <source>min,max</source>
        <translation>min,max</translation>
    </message>
    <message>
        <source>Random rotation up to this many degrees.</source>
        <translation>随机旋转，最大不超过此角度（度）。</translation>
    </message>
    <message>
        <source>deg</source>
        <translation>角度</translation>
    </message>
    <message>
        <source>Colour jitter strength (brightness, contrast, saturation), 0 to 1.</source>
        <translation>颜色抖动强度（亮度、对比度、饱和度），取值 0 到 1。</translation>
    </message>
    <message>
        <source>s</source>
        <translation>s</translation>
    </message>
    <message>
        <source>No random horizontal flips.</source>
        <translation>不进行随机水平翻转。</translation>
    </message>
    <message>
        <source>LibTorch threads (%1).</source>
        <translation>LibTorch 线程数（%1）。</translation>
    </message>
    <message>
        <source>all cores</source>
        <translation>全部核心</translation>
    </message>
    <message>
        <source>Random seed.</source>
        <translation>随机种子。</translation>
    </message>
    <message>
        <source>k</source>
        <translation>k</translation>
    </message>
    <message>
        <source>auto, cpu or cuda.</source>
        <translation>auto、cpu 或 cuda。</translation>
    </message>
    <message>
        <source>Validation share when the dataset has no split files (%1).</source>
        <translation>数据集没有划分文件时验证集所占比例（%1）。</translation>
    </message>
    <message>
        <source>f</source>
        <translation>f</translation>
    </message>
    <message>
        <source>--data is required</source>
        <translation>必须指定 --data</translation>
    </message>
    <message>
        <source>--out is required (or --resume a checkpoint)</source>
        <translation>必须指定 --out（或使用 --resume 指定检查点）</translation>
    </message>
    <message>
        <source>--scale takes two numbers, e.g. 0.75,1.5</source>
        <translation>--scale 需要两个数值，例如 0.75,1.5</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>Finished: best mIoU %1 at epoch %2; checkpoints in %3</source>
        <translation>训练完成：最佳 mIoU 为 %1（第 %2 轮）；检查点位于 %3</translation>
    </message>
    <message>
        <source>Stopped after %1 complete epochs. Continue with: --resume %2</source>
        <translation>已完成 %1 轮后停止。继续训练请使用：--resume %2</translation>
    </message>
    <message>
        <source>Training failed: %1</source>
        <translation>训练失败：%1</translation>
    </message>
    <message>
        <source>Random vertical flips too (for data without an up and down).</source>
        <translation>同时随机上下翻转（适用于没有上下方向之分的数据）。</translation>
    </message>
    <message>
        <source>Cross-entropy weight per class, comma-separated, e.g. 0.5,1,1.</source>
        <translation>交叉熵的各类别权重，以逗号分隔，例如 0.5,1,1。</translation>
    </message>
    <message>
        <source>w,w,...</source>
        <translation>w,w,...</translation>
    </message>
    <message>
        <source>Cross-entropy label smoothing, 0 to 0.5.</source>
        <translation>交叉熵标签平滑，取值 0 到 0.5。</translation>
    </message>
    <message>
        <source>Focal loss focusing parameter.</source>
        <translation>Focal 损失的聚焦参数。</translation>
    </message>
    <message>
        <source>g</source>
        <translation>g</translation>
    </message>
    <message>
        <source>ce_dice: weight of the Dice term.</source>
        <translation>ce_dice：Dice 项的权重。</translation>
    </message>
    <message>
        <source>--class-weights takes numbers, e.g. 0.5,1,1</source>
        <translation>--class-weights 需要数值，例如 0.5,1,1</translation>
    </message>
    <message>
        <source>Start the backbone from these weights: a SegStudio checkpoint or a PyTorch state dict (torchvision&apos;s ResNet names work).</source>
        <translation>以这些权重初始化骨干网络：SegStudio 检查点或 PyTorch state dict（可使用 torchvision 的 ResNet 命名）。</translation>
    </message>
    <message>
        <source>Adversarial training (Luc et al. 2016): a discriminator learns to tell ground truth from predictions, and the model learns to fool it.</source>
        <translation>对抗训练（Luc 等，2016）：判别器学习区分真值与预测，模型学习骗过它。</translation>
    </message>
    <message>
        <source>Weight of the adversarial term next to the segmentation loss (%1).</source>
        <translation>对抗项相对分割损失的权重（%1）。</translation>
    </message>
    <message>
        <source>The discriminator&apos;s learning rate (%1).</source>
        <translation>判别器的学习率（%1）。</translation>
    </message>
    <message>
        <source>--adversarial-weight and --discriminator-lr need --adversarial</source>
        <translation>--adversarial-weight 和 --discriminator-lr 需要同时指定 --adversarial</translation>
    </message>
    <message>
        <source>For scribbled (partial) masks: weight of the dense-CRF regularised loss (Tang et al. 2018), which spreads labels up to the image&apos;s edges; 0 is off (default).</source>
        <translation>用于涂画（部分标注）的掩码：稠密 CRF 正则化损失（Tang 等，2018）的权重，它把标注扩展到图像的边缘；0 表示关闭（默认）。</translation>
    </message>
    <message>
        <source>The CRF loss kernel&apos;s width in pixels (%1).</source>
        <translation>CRF 损失核的宽度，以像素计（%1）。</translation>
    </message>
    <message>
        <source>px</source>
        <translation>px</translation>
    </message>
    <message>
        <source>The CRF loss kernel&apos;s width in intensity levels (%1).</source>
        <translation>CRF 损失核的宽度，以灰度级计（%1）。</translation>
    </message>
    <message>
        <source>levels</source>
        <translation>级</translation>
    </message>
    <message>
        <source>Data-parallel training in this many processes on this machine, each with --batch images a step (set --threads to share the cores). Started by torchrun, srun or another launcher, the processes read RANK, WORLD_SIZE, LOCAL_RANK, MASTER_ADDR and MASTER_PORT instead.</source>
        <translation>在本机上用这么多个进程进行数据并行训练，每个进程每步处理 --batch 张图像（用 --threads 分配 CPU 核心）。由 torchrun、srun 或其他启动器启动时，各进程改为读取 RANK、WORLD_SIZE、LOCAL_RANK、MASTER_ADDR 和 MASTER_PORT。</translation>
    </message>
    <message>
        <source>Data-parallel communication: gloo (CPU) or nccl (CUDA).</source>
        <translation>数据并行通信后端：gloo（CPU）或 nccl（CUDA）。</translation>
    </message>
    <message>
        <source>--backend is gloo or nccl</source>
        <translation>--backend 只能是 gloo 或 nccl</translation>
    </message>
    <message>
        <source>rank %1: </source>
        <translation>进程 %1：</translation>
    </message>
    <message>
        <source>Trains a segmentation model on a dataset or project. Writes the run folder:
config.json, metrics.csv, log.txt, checkpoints/last.pt and best.pt.
Ctrl-C or SIGTERM stops after the current iteration and keeps a checkpoint to --resume from; SIGUSR1 pauses and SIGUSR2 continues.</source>
        <translation>在数据集或项目上训练分割模型。写入运行文件夹：
config.json、metrics.csv、log.txt、checkpoints/last.pt 和 best.pt。
Ctrl-C 或 SIGTERM 在当前迭代结束后停止，并保留可用 --resume 继续的检查点；SIGUSR1 暂停，SIGUSR2 继续。</translation>
    </message>
</context>
<context>
    <name>seg::ui::Annotator</name>
    <message>
        <source>&lt;opened&gt;</source>
        <translation>&lt;打开时&gt;</translation>
    </message>
    <message>
        <source>Pre-label with model</source>
        <translation>用模型预标注</translation>
    </message>
    <message>
        <source>Pre-labelled %1 with %2: correct what is wrong.</source>
        <translation>已用 %2 预标注 %1：请修正其中的错误。</translation>
    </message>
    <message>
        <source>Painting Tools</source>
        <translation>绘制工具</translation>
    </message>
    <message>
        <source>Painting Options</source>
        <translation>绘制选项</translation>
    </message>
    <message>
        <source>Brush</source>
        <translation>画笔</translation>
    </message>
    <message>
        <source>Paint the current class; Shift+click draws a straight line</source>
        <translation>用当前类别绘制；Shift+click 绘制直线</translation>
    </message>
    <message>
        <source>Eraser</source>
        <translation>橡皮擦</translation>
    </message>
    <message>
        <source>Make pixels unlabelled again</source>
        <translation>将像素恢复为未标注</translation>
    </message>
    <message>
        <source>Fill</source>
        <translation>填充</translation>
    </message>
    <message>
        <source>Fill the region of similar colour under the click</source>
        <translation>填充点击处颜色相近的区域</translation>
    </message>
    <message>
        <source>Polygon</source>
        <translation>多边形</translation>
    </message>
    <message>
        <source>Click the corners; double-click or Enter fills</source>
        <translation>依次点击各顶点；双击或按 Enter 填充</translation>
    </message>
    <message>
        <source>Lasso</source>
        <translation>套索</translation>
    </message>
    <message>
        <source>Drag around an area to fill it</source>
        <translation>拖动圈出一个区域并填充</translation>
    </message>
    <message>
        <source>Rectangle</source>
        <translation>矩形</translation>
    </message>
    <message>
        <source>Drag to fill a rectangle</source>
        <translation>拖动以填充矩形区域</translation>
    </message>
    <message>
        <source>Pick Class</source>
        <translation>取类别</translation>
    </message>
    <message>
        <source>Click a pixel to paint with its class (or Alt+click with any tool)</source>
        <translation>点击像素，改用其类别绘制（或在任意工具下 Alt+click）</translation>
    </message>
    <message>
        <source>GrabCut</source>
        <translation>GrabCut</translation>
    </message>
    <message>
        <source>Drag a box around an object; labels inside the box guide it (the current class as object, others as background)</source>
        <translation>围绕目标拖出一个框；框内已有的标注用于引导分割（当前类别作为目标，其他类别作为背景）</translation>
    </message>
    <message>
        <source>Superpixel</source>
        <translation>超像素</translation>
    </message>
    <message>
        <source>Click to fill the superpixel (a patch of similar colour) under the cursor</source>
        <translation>点击以填充光标下的超像素（一块颜色相近的区域）</translation>
    </message>
    <message>
        <source>Scissors</source>
        <translation>智能剪刀</translation>
    </message>
    <message>
        <source>Click points along an object&apos;s edge; the path follows the edges; double-click closes and fills</source>
        <translation>沿目标边缘依次点击；路径会自动贴合边缘；双击闭合并填充</translation>
    </message>
    <message>
        <source> Size </source>
        <translation> 大小 </translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Brush size: [ and ], or Ctrl+wheel</source>
        <translation>画笔大小：[ 和 ]，或 Ctrl+wheel</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>圆形</translation>
    </message>
    <message>
        <source>Square</source>
        <translation>方形</translation>
    </message>
    <message>
        <source> Paint over </source>
        <translation> 覆盖范围 </translation>
    </message>
    <message>
        <source>anything</source>
        <translation>任意像素</translation>
    </message>
    <message>
        <source>unlabelled only</source>
        <translation>仅未标注</translation>
    </message>
    <message>
        <source>the picked class only</source>
        <translation>仅所选类别</translation>
    </message>
    <message>
        <source>Which pixels strokes and fills may change</source>
        <translation>笔画和填充可以更改哪些像素</translation>
    </message>
    <message>
        <source> Tolerance </source>
        <translation> 容差 </translation>
    </message>
    <message>
        <source>Fill: how far a colour may be from the clicked pixel&apos;s</source>
        <translation>填充：颜色与所点击像素的颜色之间允许的最大差异</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Fill Unlabelled with Current Class</source>
        <translation>用当前类别填充未标注区域</translation>
    </message>
    <message>
        <source>Pre-label with Model</source>
        <translation>用模型预标注</translation>
    </message>
    <message>
        <source>Run a trained model on this image; its prediction fills the unlabelled pixels</source>
        <translation>在此图像上运行已训练的模型，用其预测结果填充未标注像素</translation>
    </message>
    <message>
        <source>Grow Labels to Edges</source>
        <translation>将标注扩展至边缘</translation>
    </message>
    <message>
        <source>Watershed: every unlabelled pixel takes the class of the scribble that reaches it first along the image&apos;s edges</source>
        <translation>分水岭：每个未标注像素取沿图像边缘最先到达它的涂画笔画的类别</translation>
    </message>
    <message>
        <source>Scribble a few strokes of each class first.</source>
        <translation>请先为每个类别涂画几笔。</translation>
    </message>
    <message>
        <source>Grow labels</source>
        <translation>扩展标注</translation>
    </message>
    <message numerus="yes">
        <source>Recovered %n unsaved edit(s) of %1 from the autosave journal.</source>
        <translation>
            <numerusform>已从自动保存日志中恢复 %1 的 %n 处未保存编辑。</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Fill unlabelled</source>
        <translation>填充未标注区域</translation>
    </message>
    <message>
        <source>Replace Class...</source>
        <translation>替换类别...</translation>
    </message>
    <message>
        <source>Turn every pixel of one class into another in this mask</source>
        <translation>将此掩码中某一类别的所有像素改为另一类别</translation>
    </message>
    <message>
        <source>Replace Class</source>
        <translation>替换类别</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>替换</translation>
    </message>
    <message>
        <source>with</source>
        <translation>替换为</translation>
    </message>
    <message>
        <source>Replace class</source>
        <translation>替换类别</translation>
    </message>
    <message>
        <source>Predicting %1 with %2...</source>
        <translation>正在用 %2 预测 %1……</translation>
    </message>
    <message>
        <source>Growing the labels of %1</source>
        <translation>扩展 %1 的标注</translation>
    </message>
    <message>
        <source>%1 stays open: its edits could not be saved.</source>
        <translation>%1 保持打开：其编辑无法保存。</translation>
    </message>
    <message>
        <source>The mask of %1 was not saved: %2
Its edits are kept in the autosave journal and come back when the image is opened again.</source>
        <translation>%1 的掩码未能保存：%2
其编辑已保存在自动保存日志中，再次打开该图像时会恢复。</translation>
    </message>
    <message>
        <source>The mask of %1 was not saved: %2
The image stays open so that its edits are not lost; free the folder and save again.</source>
        <translation>%1 的掩码未能保存：%2
该图像保持打开，以免丢失编辑；请释放该文件夹后再次保存。</translation>
    </message>
    <message>
        <source>%1 has no labels left: it counts as unlabelled again.</source>
        <translation>%1 已没有任何标注：它重新算作未标注。</translation>
    </message>
    <message>
        <source>Opening %1</source>
        <translation>正在打开 %1</translation>
    </message>
    <message>
        <source>Accept in Box</source>
        <translation>框内接受</translation>
    </message>
    <message>
        <source>Live mode: drag a box; the live prediction fills the unlabelled pixels inside it</source>
        <translation>实时模式：拖出一个框；框内的未标注像素取实时预测的类别</translation>
    </message>
</context>
<context>
    <name>seg::ui::BatchPredictionDialog</name>
    <message>
        <source>Batch Prediction</source>
        <translation>批量预测</translation>
    </message>
    <message>
        <source> (mIoU %1)</source>
        <translation>（mIoU %1）</translation>
    </message>
    <message>
        <source>Other Model...</source>
        <translation>其他模型...</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>模型：</translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation>浏览...</translation>
    </message>
    <message>
        <source>Choose a Folder</source>
        <translation>选择文件夹</translation>
    </message>
    <message>
        <source>Images (a folder, or one file):</source>
        <translation>图像（文件夹或单个文件）：</translation>
    </message>
    <message>
        <source>Masks to folder:</source>
        <translation>掩码输出文件夹：</translation>
    </message>
    <message>
        <source>Also write overlays (the image with its mask blended in)</source>
        <translation>同时写出叠加图（混合了掩码的图像）</translation>
    </message>
    <message>
        <source> px</source>
        <translation>px</translation>
    </message>
    <message>
        <source>Larger images are predicted in overlapping tiles of this size</source>
        <translation>较大的图像将按此尺寸的重叠分块进行预测</translation>
    </message>
    <message>
        <source>Tile size:</source>
        <translation>分块尺寸：</translation>
    </message>
    <message>
        <source>Predict</source>
        <translation>预测</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Choose a Model</source>
        <translation>选择模型</translation>
    </message>
    <message>
        <source>Models (*.pt *.pth *.torchscript);;All files (*)</source>
        <translation>模型 (*.pt *.pth *.torchscript);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Stopped: wrote %1 of %2 masks to %3</source>
        <translation>已停止：已将 %2 个掩码中的 %1 个写入 %3</translation>
    </message>
    <message>
        <source>Wrote %1 masks to %2</source>
        <translation>已将 %1 个掩码写入 %2</translation>
    </message>
    <message>
        <source>Predicting %1</source>
        <translation>正在预测 %1</translation>
    </message>
    <message>
        <source>Post-processing:</source>
        <translation>后处理：</translation>
    </message>
    <message>
        <source>only for change detection models</source>
        <translation>仅用于变化检测模型</translation>
    </message>
    <message>
        <source>A change detection model compares two dates: the after image, or a folder of after images named as the images above</source>
        <translation>变化检测模型比较两个时相：后时相图像，或与上方图像同名的后时相图像文件夹</translation>
    </message>
    <message>
        <source>After images (change pairs):</source>
        <translation>后时相图像（变化图像对）：</translation>
    </message>
</context>
<context>
    <name>seg::ui::ChangeFoldersDialog</name>
    <message>
        <source>Folders of the Change Pairs</source>
        <translation>变化图像对的文件夹</translation>
    </message>
    <message>
        <source>SegStudio does not recognise the layout of %1. If it holds change pairs (two images of the same place at two dates, matched by file name, and masks of what changed), choose its folders.</source>
        <translation>SegStudio 无法识别 %1 的目录结构。如果其中是变化图像对（同一地点两个时相的图像，按文件名配对，另有变化掩码），请选择它的各个文件夹。</translation>
    </message>
    <message>
        <source>(none: no labels yet)</source>
        <translation>（无：尚无标注）</translation>
    </message>
    <message>
        <source>Before images:</source>
        <translation>前时相图像：</translation>
    </message>
    <message>
        <source>After images:</source>
        <translation>后时相图像：</translation>
    </message>
    <message>
        <source>Change masks (0 unchanged, 255 change):</source>
        <translation>变化掩码（0 未变化，255 变化）：</translation>
    </message>
    <message>
        <source>The folder needs at least two subfolders: the before and after images.</source>
        <translation>该文件夹至少需要两个子文件夹：前时相图像和后时相图像。</translation>
    </message>
    <message>
        <source>The before and after images must be in different folders.</source>
        <translation>前时相和后时相图像必须位于不同的文件夹。</translation>
    </message>
    <message>
        <source>The change masks must be in a folder of their own.</source>
        <translation>变化掩码必须单独位于一个文件夹。</translation>
    </message>
</context>
<context>
    <name>seg::ui::ClassEditorDialog</name>
    <message>
        <source>Edit Classes</source>
        <translation>编辑类别</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>下移(&amp;D)</translation>
    </message>
    <message>
        <source>Double-click to change the colour</source>
        <translation>双击更改颜色</translation>
    </message>
    <message>
        <source>class %1</source>
        <translation>类别 %1</translation>
    </message>
    <message>
        <source>Colour of %1</source>
        <translation>%1 的颜色</translation>
    </message>
    <message>
        <source>Every mask keeps its meaning: masks are rewritten only if classes move.</source>
        <translation>每个掩码的含义保持不变：只有类别顺序改变时才会重写掩码。</translation>
    </message>
    <message numerus="yes">
        <source>%n removed class(es): their pixels become unlabelled in every mask.</source>
        <translation>
            <numerusform>删除了 %n 个类别：它们的像素在所有掩码中都将变为未标注。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>seg::ui::ClassFrequencyChart</name>
    <message>
        <source>Open a project to see how often each class occurs.</source>
        <translation>打开项目以查看各类别出现的频率。</translation>
    </message>
    <message>
        <source>Counting class pixels...</source>
        <translation>正在统计类别像素……</translation>
    </message>
    <message>
        <source>No labelled pixels yet.</source>
        <translation>尚无已标注像素。</translation>
    </message>
    <message>
        <source>%1 labelled pixels; %2 unlabelled (ignored).</source>
        <translation>已标注像素 %1 个；未标注（忽略）%2 个。</translation>
    </message>
    <message>
        <source>Share, %</source>
        <translation>占比，%</translation>
    </message>
    <message>
        <source>Counting class pixels</source>
        <translation>统计类别像素</translation>
    </message>
</context>
<context>
    <name>seg::ui::ClassNamesDialog</name>
    <message>
        <source>Classes of the New Project</source>
        <translation>新项目的类别</translation>
    </message>
    <message>
        <source>One class per line, background first. Pixels you do not paint stay unlabelled, so no class is needed for them. Project &gt; Edit Classes changes them later.</source>
        <translation>每行一个类别，背景在最前。未绘制的像素保持未标注，无需为其设置类别。之后可通过“项目 &gt; 编辑类别”修改。</translation>
    </message>
    <message>
        <source>background</source>
        <translation>背景</translation>
    </message>
    <message>
        <source>object</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Load labels.txt...</source>
        <translation>载入 labels.txt...</translation>
    </message>
    <message>
        <source>Load Class Names</source>
        <translation>载入类别名称</translation>
    </message>
    <message>
        <source>Label lists (*.txt)</source>
        <translation>标签列表 (*.txt)</translation>
    </message>
    <message>
        <source>Name at least one class.</source>
        <translation>请至少命名一个类别。</translation>
    </message>
    <message>
        <source>At most %1 classes.</source>
        <translation>最多 %1 个类别。</translation>
    </message>
    <message>
        <source>Each class needs its own name.</source>
        <translation>每个类别需要一个不同的名称。</translation>
    </message>
</context>
<context>
    <name>seg::ui::ClassPalette</name>
    <message>
        <source>Unlabelled: %1 px</source>
        <translation>未标注：%1 px</translation>
    </message>
    <message>
        <source>%1%2  (%3 px)</source>
        <translation>%1%2  (%3 px)</translation>
    </message>
</context>
<context>
    <name>seg::ui::CompareView</name>
    <message>
        <source>Models (tick up to %1)</source>
        <translation>模型（最多勾选 %1 个）</translation>
    </message>
    <message>
        <source>Add Model File...</source>
        <translation>添加模型文件...</translation>
    </message>
    <message>
        <source>A SegStudio checkpoint or a TorchScript model saved from PyTorch</source>
        <translation>SegStudio 检查点，或从 PyTorch 保存的 TorchScript 模型</translation>
    </message>
    <message>
        <source>Add a Model</source>
        <translation>添加模型</translation>
    </message>
    <message>
        <source>Models (*.pt *.pth *.torchscript);;All files (*)</source>
        <translation>模型 (*.pt *.pth *.torchscript);;所有文件 (*)</translation>
    </message>
    <message>
        <source>At most %1 models are compared at once</source>
        <translation>一次最多比较 %1 个模型</translation>
    </message>
    <message>
        <source>This Image</source>
        <translation>当前图像</translation>
    </message>
    <message>
        <source>Validation Images</source>
        <translation>验证图像</translation>
    </message>
    <message>
        <source>Validation Metrics</source>
        <translation>验证指标</translation>
    </message>
    <message>
        <source>%1 knows other classes than this project: its metrics are not shown</source>
        <translation>%1 的类别与此项目不同：不显示其指标</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <source>Prediction</source>
        <translation>预测</translation>
    </message>
    <message>
        <source>Errors against ground truth</source>
        <translation>与真值对比的错误</translation>
    </message>
    <message>
        <source>Confidence (top probability)</source>
        <translation>置信度（最高概率）</translation>
    </message>
    <message>
        <source>Uncertainty (entropy)</source>
        <translation>不确定性（熵）</translation>
    </message>
    <message>
        <source>Probability of a class</source>
        <translation>某一类别的概率</translation>
    </message>
    <message>
        <source>Disagreement of two models</source>
        <translation>两个模型的分歧</translation>
    </message>
    <message>
        <source>The class whose probability is shown</source>
        <translation>显示其概率的类别</translation>
    </message>
    <message>
        <source>First model of the disagreement map</source>
        <translation>分歧图的第一个模型</translation>
    </message>
    <message>
        <source>Second model of the disagreement map</source>
        <translation>分歧图的第二个模型</translation>
    </message>
    <message>
        <source>Opacity:</source>
        <translation>不透明度：</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Classes shown in the ground truth and the predictions</source>
        <translation>在真值和预测中显示的类别</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>适应窗口</translation>
    </message>
    <message>
        <source>Show the whole image in every pane</source>
        <translation>在每个窗格中显示整张图像</translation>
    </message>
    <message>
        <source> (mIoU %1)</source>
        <translation>（mIoU %1）</translation>
    </message>
    <message>
        <source>At most %1 models are compared at once: untick one first</source>
        <translation>一次最多比较 %1 个模型：请先取消勾选一个</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>图像</translation>
    </message>
    <message>
        <source>Ground truth</source>
        <translation>真值</translation>
    </message>
    <message>
        <source>Disagreement</source>
        <translation>分歧</translation>
    </message>
    <message>
        <source>Choose an image in the Images list</source>
        <translation>请在图像列表中选择一张图像</translation>
    </message>
    <message>
        <source>Ground truth (none: the image is unlabelled)</source>
        <translation>真值（无：该图像未标注）</translation>
    </message>
    <message>
        <source>%1 (predicting...)</source>
        <translation>%1（正在预测……）</translation>
    </message>
    <message>
        <source>%1 (loading...)</source>
        <translation>%1（正在加载……）</translation>
    </message>
    <message>
        <source>%1 (no ground truth to compare with)</source>
        <translation>%1（无真值可供对比）</translation>
    </message>
    <message>
        <source>Tick two models and choose two different ones above</source>
        <translation>请勾选两个模型，并在上方选择两个不同的模型</translation>
    </message>
    <message>
        <source>Disagreement: %1 vs %2</source>
        <translation>分歧：%1 与 %2</translation>
    </message>
    <message>
        <source>Waiting for both predictions...</source>
        <translation>正在等待两个预测……</translation>
    </message>
    <message>
        <source>Disagreement: %1 vs %2 (%3% of pixels differ)</source>
        <translation>分歧：%1 与 %2（%3% 的像素不同）</translation>
    </message>
    <message>
        <source>Pixel accuracy %</source>
        <translation>像素准确率 %</translation>
    </message>
    <message>
        <source>mIoU %</source>
        <translation>mIoU %</translation>
    </message>
    <message>
        <source>IoU %1 %</source>
        <translation>IoU %1 %</translation>
    </message>
    <message>
        <source>Best of the models on this image</source>
        <translation>此图像上表现最好的模型</translation>
    </message>
    <message>
        <source>(0 sure, 1 a uniform guess)</source>
        <translation>（0 为确定，1 为均匀猜测）</translation>
    </message>
    <message>
        <source>(probability)</source>
        <translation>（概率）</translation>
    </message>
    <message>
        <source>ignored</source>
        <translation>忽略</translation>
    </message>
    <message>
        <source>x %1, y %2</source>
        <translation>x %1，y %2</translation>
    </message>
    <message>
        <source>ground truth: %1</source>
        <translation>真值：%1</translation>
    </message>
    <message>
        <source>%1: %2 (%3%)</source>
        <translation>%1：%2（%3%）</translation>
    </message>
    <message>
        <source>Ground truth outlines</source>
        <translation>真值轮廓</translation>
    </message>
    <message>
        <source>Draw the ground truth&apos;s outlines over every model&apos;s pane</source>
        <translation>在每个模型的窗格上绘制真值的轮廓</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>前时相</translation>
    </message>
    <message>
        <source>After</source>
        <translation>后时相</translation>
    </message>
</context>
<context>
    <name>seg::ui::DatasetListModel</name>
    <message>
        <source>Thumbnail of %1</source>
        <translation>%1 的缩略图</translation>
    </message>
    <message>
        <source>%1
%2% unsure</source>
        <extracomment>Under an image&apos;s name in the images list: how unsure the model is about it.</extracomment>
        <translation>%1
%2% 不确定</translation>
    </message>
    <message>
        <source>%1
Mean uncertainty of the model&apos;s prediction: %2 (0 sure, 1 a guess)</source>
        <translation>%1
模型预测的平均不确定性：%2（0 表示确定，1 表示猜测）</translation>
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
    <name>seg::ui::DenseCrfButton</name>
    <message>
        <source>Dense CRF</source>
        <translation>稠密 CRF</translation>
    </message>
    <message>
        <source>CRF Settings…</source>
        <translation>CRF 设置…</translation>
    </message>
    <message>
        <source>Refine every model&apos;s prediction with a fully connected CRF (%1 iterations; appearance %2, %3 px, %4; smoothness %5, %6 px). Slower: each image takes longer to predict and score.</source>
        <translation>用全连接 CRF 细化每个模型的预测（%1 次迭代；外观 %2、%3 像素、%4；平滑 %5、%6 像素）。较慢：每张图像的预测和评分耗时更长。</translation>
    </message>
</context>
<context>
    <name>seg::ui::DenseCrfDialog</name>
    <message>
        <source>Dense CRF Settings</source>
        <translation>稠密 CRF 设置</translation>
    </message>
    <message>
        <source> px</source>
        <translation> 像素</translation>
    </message>
    <message>
        <source>In 8-bit intensity levels</source>
        <translation>以 8 位灰度级计</translation>
    </message>
    <message>
        <source>A fully connected CRF refines every model&apos;s probabilities: pixels close in position and colour lean to the same class (appearance), and so do neighbours (smoothness).</source>
        <translation>全连接 CRF 细化每个模型的概率：位置和颜色相近的像素倾向于同一类别（外观），相邻像素也是如此（平滑）。</translation>
    </message>
    <message>
        <source>Mean-field iterations</source>
        <translation>平均场迭代次数</translation>
    </message>
    <message>
        <source>Appearance weight</source>
        <translation>外观权重</translation>
    </message>
    <message>
        <source>Appearance spatial width</source>
        <translation>外观空间宽度</translation>
    </message>
    <message>
        <source>Appearance colour width</source>
        <translation>外观颜色宽度</translation>
    </message>
    <message>
        <source>Smoothness weight</source>
        <translation>平滑权重</translation>
    </message>
    <message>
        <source>Smoothness spatial width</source>
        <translation>平滑空间宽度</translation>
    </message>
</context>
<context>
    <name>seg::ui::EpochDetails</name>
    <message>
        <source>No epoch evaluated yet.</source>
        <translation>尚未评估任何一轮。</translation>
    </message>
    <message>
        <source>Class</source>
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
        <source>Accuracy</source>
        <translation>准确率</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>精确率</translation>
    </message>
    <message>
        <source>Predicted</source>
        <translation>预测</translation>
    </message>
    <message>
        <source>Ground truth</source>
        <translation>真值</translation>
    </message>
    <message>
        <source>Epoch %1: mIoU %2, pixel accuracy %3</source>
        <translation>第 %1 轮：mIoU %2，像素准确率 %3</translation>
    </message>
</context>
<context>
    <name>seg::ui::ImageScoresModel</name>
    <message>
        <source>Image</source>
        <translation>图像</translation>
    </message>
    <message>
        <source>Worst class</source>
        <translation>最差类别</translation>
    </message>
    <message>
        <source>Its IoU %</source>
        <translation>其 IoU %</translation>
    </message>
    <message>
        <source>mIoU %
%1</source>
        <translation>mIoU %
%1</translation>
    </message>
    <message>
        <source>Pixel acc. %
%1</source>
        <translation>像素准确率 %
%1</translation>
    </message>
    <message>
        <source>mIoU difference
%1 - %2</source>
        <translation>mIoU 差值
%1 - %2</translation>
    </message>
</context>
<context>
    <name>seg::ui::LiveLearning</name>
    <message>
        <source>Live learning paused: %1</source>
        <translation>实时学习已暂停：%1</translation>
    </message>
    <message>
        <source>Live learning stopped before the model was saved as a run</source>
        <translation>实时学习在模型保存为运行之前就已停止</translation>
    </message>
    <message>
        <source>The live model was not saved as a run: %1</source>
        <translation>实时模型未能保存为运行：%1</translation>
    </message>
</context>
<context>
    <name>seg::ui::LiveMode</name>
    <message>
        <source>Kept the live model as run %1 (no validation images to score it on)</source>
        <translation>已将实时模型保存为运行 %1（没有可用于评分的验证图像）</translation>
    </message>
    <message>
        <source>Kept the live model as run %1: validation mIoU %2</source>
        <translation>已将实时模型保存为运行 %1：验证集 mIoU 为 %2</translation>
    </message>
    <message>
        <source>Live Learning</source>
        <translation>实时学习</translation>
    </message>
    <message>
        <source>Live learning (Ctrl+L): a network learns from what you paint, as you paint, and its prediction of this image shows under your strokes</source>
        <translation>实时学习（Ctrl+L）：网络在您绘制的同时从所绘内容中学习，它对此图像的预测显示在您的笔画下方</translation>
    </message>
    <message>
        <source>Pause Live Learning</source>
        <translation>暂停实时学习</translation>
    </message>
    <message>
        <source>Reset Live Model</source>
        <translation>重置实时模型</translation>
    </message>
    <message>
        <source>Start the live model afresh (your labels stay)</source>
        <translation>从头开始训练实时模型（您的标注保留）</translation>
    </message>
    <message>
        <source>Show Uncertainty</source>
        <translation>显示不确定性</translation>
    </message>
    <message>
        <source>Show where the live model is least sure (the brighter, the less sure): paint there next</source>
        <translation>显示实时模型最不确定的位置（越亮越不确定）：接下来就在那里绘制</translation>
    </message>
    <message>
        <source>Accept Prediction</source>
        <translation>接受预测</translation>
    </message>
    <message>
        <source>Every unlabelled pixel of this image takes the live prediction (one undo step)</source>
        <translation>此图像的每个未标注像素取实时预测的类别（一步撤销）</translation>
    </message>
    <message>
        <source>Accept Prediction for Current Class</source>
        <translation>仅接受当前类别的预测</translation>
    </message>
    <message>
        <source>Unlabelled pixels predicted as the current class take it (one undo step)</source>
        <translation>被预测为当前类别的未标注像素取该类别（一步撤销）</translation>
    </message>
    <message>
        <source>Keep Live Model as Run</source>
        <translation>将实时模型保存为运行</translation>
    </message>
    <message>
        <source>Save the live model as an ordinary run, scored on the validation images</source>
        <translation>将实时模型保存为普通运行，并在验证图像上评分</translation>
    </message>
    <message>
        <source>Live: paint a few strokes of each class</source>
        <translation>实时：请为每个类别画几笔</translation>
    </message>
    <message>
        <source>%1 is a validation image: live learning predicts it but does not learn from it, so that runs are scored honestly</source>
        <translation>%1 是验证图像：实时学习会预测它，但不会从中学习，以保证运行的评分公正</translation>
    </message>
    <message numerus="yes">
        <source>Live learning skips %n unreadable training image(s)</source>
        <translation>
            <numerusform>实时学习跳过了 %n 张无法读取的训练图像</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the training labels</source>
        <translation>正在读取训练标注</translation>
    </message>
    <message numerus="yes">
        <source>Live: %1 iterations, loss %2, %n labelled training image(s)</source>
        <translation>
            <numerusform>实时：%1 次迭代，损失 %2，已标注 %n 张训练图像</numerusform>
        </translation>
    </message>
    <message>
        <source>Accept live prediction</source>
        <translation>接受实时预测</translation>
    </message>
    <message>
        <source>Accept live prediction of %1</source>
        <translation>接受 %1 的实时预测</translation>
    </message>
    <message>
        <source>Saving the live model as a run...</source>
        <translation>正在将实时模型保存为运行……</translation>
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
    <message>
        <source>Training Settings</source>
        <translation>训练设置</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>Per-Class Results</source>
        <translation>各类别结果</translation>
    </message>
    <message>
        <source>&amp;New Project from Dataset...</source>
        <translation>从数据集新建项目(&amp;N)...</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>Export Charts as &amp;Image...</source>
        <translation>将图表导出为图像(&amp;I)...</translation>
    </message>
    <message>
        <source>Export Charts as &amp;CSV...</source>
        <translation>将图表导出为 CSV(&amp;C)...</translation>
    </message>
    <message>
        <source>&amp;Images</source>
        <translation>图像(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Training Charts</source>
        <translation>训练图表(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Training</source>
        <translation>训练(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Start Training</source>
        <translation>开始训练(&amp;S)</translation>
    </message>
    <message>
        <source>S&amp;top Training</source>
        <translation>停止训练(&amp;T)</translation>
    </message>
    <message>
        <source>A model is training on the open project. Stop it first.</source>
        <translation>当前打开的项目中有模型正在训练，请先停止训练。</translation>
    </message>
    <message>
        <source>No recent projects</source>
        <translation>没有最近打开的项目</translation>
    </message>
    <message>
        <source>Cannot create a project here</source>
        <translation>无法在此处创建项目</translation>
    </message>
    <message>
        <source>Export Chart Data</source>
        <translation>导出图表数据</translation>
    </message>
    <message>
        <source>Export Charts</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>PNG 图像 (*.png);;SVG 矢量图 (*.svg);;PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>%1 could not be written.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>Training is running</source>
        <translation>正在训练</translation>
    </message>
    <message>
        <source>Stop training and quit? The run keeps its last checkpoint and can be resumed.</source>
        <translation>停止训练并退出？该运行会保留最后一个检查点，之后可以继续训练。</translation>
    </message>
    <message>
        <source>Labelled</source>
        <translation>已标注</translation>
    </message>
    <message>
        <source>Class Frequencies</source>
        <translation>类别频率</translation>
    </message>
    <message>
        <source>New Project from &amp;Image Folder...</source>
        <translation>从图像文件夹新建项目(&amp;I)...</translation>
    </message>
    <message>
        <source>&amp;Save Project</source>
        <translation>保存项目(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Project</source>
        <translation>项目(&amp;P)</translation>
    </message>
    <message>
        <source>Edit &amp;Classes...</source>
        <translation>编辑类别(&amp;C)...</translation>
    </message>
    <message>
        <source>Choose a Folder of Images to Annotate</source>
        <translation>选择要标注的图像文件夹</translation>
    </message>
    <message>
        <source>Cannot save the project</source>
        <translation>无法保存项目</translation>
    </message>
    <message>
        <source>Edit Classes</source>
        <translation>编辑类别</translation>
    </message>
    <message>
        <source>A model is training on these classes. Stop it first.</source>
        <translation>有模型正在使用这些类别训练，请先停止训练。</translation>
    </message>
    <message>
        <source>Remapping masks...</source>
        <translation>正在重映射掩码……</translation>
    </message>
    <message>
        <source>Cannot change the classes</source>
        <translation>无法更改类别</translation>
    </message>
    <message>
        <source>Training</source>
        <comment>the tab with the training charts</comment>
        <translation>训练</translation>
    </message>
    <message>
        <source>Training</source>
        <comment>the training split</comment>
        <translation>训练集</translation>
    </message>
    <message>
        <source>Training</source>
        <comment>title of a message about a training run</comment>
        <translation>训练</translation>
    </message>
    <message>
        <source>Choose &amp;Model for Assistance...</source>
        <translation>选择辅助标注模型(&amp;M)...</translation>
    </message>
    <message>
        <source>&amp;Rank Unlabelled Images by Uncertainty</source>
        <translation>按不确定性排序未标注图像(&amp;R)</translation>
    </message>
    <message>
        <source>The trained model scores each unlabelled image; label the most uncertain first</source>
        <translation>由已训练的模型为每张未标注图像评分；请先标注最不确定的图像</translation>
    </message>
    <message>
        <source>Next Most &amp;Uncertain Image</source>
        <translation>下一张最不确定的图像(&amp;U)</translation>
    </message>
    <message>
        <source>Mask &amp;Outlines Only</source>
        <translation>仅显示掩码轮廓(&amp;O)</translation>
    </message>
    <message>
        <source>Zoom to &amp;Fit</source>
        <translation>缩放以适应窗口(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Actual Pixels</source>
        <translation>实际像素(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Next Image</source>
        <translation>下一张图像(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Previous Image</source>
        <translation>上一张图像(&amp;P)</translation>
    </message>
    <message>
        <source>Next &amp;Unlabelled Image</source>
        <translation>下一张未标注图像(&amp;U)</translation>
    </message>
    <message>
        <source>No unlabelled image after this one.</source>
        <translation>此图像之后没有未标注的图像。</translation>
    </message>
    <message>
        <source>No more images in this direction.</source>
        <translation>此方向上没有更多图像。</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>Mask</source>
        <translation>掩码</translation>
    </message>
    <message>
        <source>x %1  y %2  %3</source>
        <translation>x %1  y %2  %3</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Pause Training</source>
        <translation>暂停训练(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Resume Training</source>
        <translation>继续训练(&amp;R)</translation>
    </message>
    <message>
        <source>Recovered unsaved edits</source>
        <translation>已恢复未保存的编辑</translation>
    </message>
    <message>
        <source>Every image is labelled: there is nothing to rank.</source>
        <translation>所有图像都已标注：没有可排序的图像。</translation>
    </message>
    <message>
        <source>%1 found no unlabelled image it could score.</source>
        <translation>%1 没有找到可以评分的未标注图像。</translation>
    </message>
    <message numerus="yes">
        <source>%1 ranked %n unlabelled images; the most uncertain (mean entropy %2) opens now, Ctrl+U for the next.</source>
        <translation>
            <numerusform>%1 已为 %n 张未标注图像排序；现在打开最不确定的一张（平均熵 %2），按 Ctrl+U 打开下一张。</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved edits</source>
        <translation>未保存的编辑</translation>
    </message>
    <message>
        <source>The edits of %1 cannot be saved (see the message before). Quit and lose them?</source>
        <translation>%1 的编辑无法保存（见前一条消息）。退出并丢弃这些编辑？</translation>
    </message>
    <message numerus="yes">
        <source>SegStudio did not close properly last time. The unsaved edits of %n image(s) were recovered from the autosave journal and saved:</source>
        <translation>
            <numerusform>SegStudio 上次未正常关闭。已从自动保存日志中恢复并保存了 %n 张图像的未保存编辑：</numerusform>
        </translation>
    </message>
    <message>
        <source>Opening such an image shows the recovery in History, where Undo takes it back.</source>
        <translation>打开这些图像时，可在“历史记录”中看到此次恢复，用“撤销”即可撤回。</translation>
    </message>
    <message>
        <source>Not recovered: %1</source>
        <translation>未能恢复：%1</translation>
    </message>
    <message>
        <source>The open image&apos;s edits cannot be saved, so the classes stay as they are.</source>
        <translation>当前打开图像的编辑无法保存，因此类别保持不变。</translation>
    </message>
    <message>
        <source>Remapping masks</source>
        <translation>正在重映射掩码</translation>
    </message>
    <message>
        <source>Compare</source>
        <comment>the tab comparing models&apos; predictions</comment>
        <translation>比较</translation>
    </message>
    <message>
        <source>%1 is hidden by the Images list&apos;s filter</source>
        <translation>%1 被图像列表的筛选条件隐藏</translation>
    </message>
    <message>
        <source>Cannot export the model</source>
        <translation>无法导出模型</translation>
    </message>
    <message>
        <source>A model is being exported already</source>
        <translation>已有模型正在导出</translation>
    </message>
    <message>
        <source>Export Model: Choose a Checkpoint</source>
        <translation>导出模型：选择检查点</translation>
    </message>
    <message>
        <source>SegStudio checkpoints (*.pt)</source>
        <translation>SegStudio 检查点 (*.pt)</translation>
    </message>
    <message>
        <source>Export Model: TorchScript File</source>
        <translation>导出模型：TorchScript 文件</translation>
    </message>
    <message>
        <source>TorchScript (*.pt)</source>
        <translation>TorchScript (*.pt)</translation>
    </message>
    <message>
        <source>Exporting %1...</source>
        <translation>正在导出 %1……</translation>
    </message>
    <message>
        <source>The model&apos;s prediction is drawn as outlines (View &gt; Show Model Prediction)</source>
        <translation>模型的预测以轮廓显示（视图 &gt; 显示模型预测）</translation>
    </message>
    <message>
        <source>Export &amp;Model for PyTorch...</source>
        <translation>导出 PyTorch 模型(&amp;M)...</translation>
    </message>
    <message>
        <source>Write a trained model as a TorchScript file that PyTorch loads with torch.jit.load</source>
        <translation>将已训练的模型写为 TorchScript 文件，PyTorch 可用 torch.jit.load 加载</translation>
    </message>
    <message>
        <source>&amp;Batch Prediction...</source>
        <translation>批量预测(&amp;B)...</translation>
    </message>
    <message>
        <source>Predict a folder of images into masks with a trained model</source>
        <translation>用已训练的模型将一个文件夹的图像预测为掩码</translation>
    </message>
    <message>
        <source>&amp;Compare Models</source>
        <translation>比较模型(&amp;C)</translation>
    </message>
    <message>
        <source>Show Model &amp;Prediction</source>
        <translation>显示模型预测(&amp;P)</translation>
    </message>
    <message>
        <source>The model&apos;s prediction of this image as outlines over the painting (Fix Label in the Compare tab)</source>
        <translation>以轮廓形式在绘制内容上显示模型对此图像的预测（参见“比较”选项卡中的“修正标注”）</translation>
    </message>
    <message>
        <source>Opening %1...</source>
        <translation>正在打开 %1...</translation>
    </message>
    <message>
        <source>%1 (after)</source>
        <translation>%1（后时相）</translation>
    </message>
    <message>
        <source>%1 (before)</source>
        <translation>%1（前时相）</translation>
    </message>
    <message>
        <source>Show &amp;After Image</source>
        <translation>显示后时相图像(&amp;A)</translation>
    </message>
    <message>
        <source>Change pairs: show the after image instead of the before image (A flips between them); the mask stays the same</source>
        <translation>变化图像对：显示后时相图像而非前时相图像（按 A 在两者间切换）；掩码保持不变</translation>
    </message>
    <message>
        <source>Choose a Dataset Folder (VOC, PennFudan, images/ and masks/, or change pairs)</source>
        <translation>选择数据集文件夹（VOC、PennFudan、images/ 与 masks/，或变化图像对）</translation>
    </message>
    <message>
        <source>Live Learning</source>
        <translation>实时学习</translation>
    </message>
    <message>
        <source>&amp;Live</source>
        <translation>实时(&amp;L)</translation>
    </message>
    <message>
        <source>Project order</source>
        <translation>项目顺序</translation>
    </message>
    <message>
        <source>Most uncertain first</source>
        <translation>最不确定的在前</translation>
    </message>
    <message>
        <source>Most uncertain first: the images a model is least sure about, to label next. Scores come from Project &gt; Rank Unlabelled Images by Uncertainty, and from live mode as it learns.</source>
        <translation>最不确定的在前：模型最没有把握的图像，接下来标注它们。分数来自“项目 &gt; 按不确定性排序未标注图像”，以及实时模式在学习过程中的评分。</translation>
    </message>
    <message>
        <source>No ranked unlabelled image left: Project &gt; Rank Unlabelled Images by Uncertainty, or live mode, scores them.</source>
        <translation>没有剩余的已排序未标注图像：“项目 &gt; 按不确定性排序未标注图像”或实时模式会为它们评分。</translation>
    </message>
    <message>
        <source>&amp;Follow a Run Folder...</source>
        <translation>跟踪运行文件夹(&amp;F)...</translation>
    </message>
    <message>
        <source>Choose a Run Folder to Follow (one with metrics.csv)</source>
        <translation>选择要跟踪的运行文件夹（含 metrics.csv）</translation>
    </message>
    <message>
        <source>Show the curves of a run that another process or machine is training, and follow them as it writes: a run folder on a shared or synced disk. Read-only.</source>
        <translation>显示另一个进程或另一台机器正在训练的运行的曲线，并随其写入实时更新：共享或同步磁盘上的运行文件夹。只读。</translation>
    </message>
    <message>
        <source>&lt;h3&gt;SegStudio %1&lt;/h3&gt;&lt;p&gt;A workbench for semantic segmentation: paint masks, train models, compare them.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;SegStudio %1&lt;/h3&gt;&lt;p&gt;语义分割工作台：绘制掩码、训练模型、比较模型。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>System Default</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>SegStudio speaks the language you chose from its next start. Restart now?</source>
        <translation>SegStudio 将在下次启动时使用您选择的语言。现在重新启动吗？</translation>
    </message>
    <message>
        <source>Restart Now</source>
        <translation>立即重新启动</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>稍后</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>User Guide</source>
        <translation>用户指南</translation>
    </message>
    <message>
        <source>The user guide is not installed. It was looked for in:
%1</source>
        <translation>未安装用户指南。已在以下位置查找：
%1</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>用户指南(&amp;U)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Class edit cancelled: the classes and masks are as they were.</source>
        <translation>已取消类别编辑：类别和掩码保持原样。</translation>
    </message>
</context>
<context>
    <name>seg::ui::MaskDocument</name>
    <message>
        <source>%1 The mask is shown as unlabelled and will not be overwritten; fix or remove the file to edit it.</source>
        <translation>%1 该掩码显示为未标注，且不会被覆盖；请修复或删除该文件后再编辑。</translation>
    </message>
    <message>
        <source>The autosave journal cannot be used: %1</source>
        <translation>无法使用自动保存日志：%1</translation>
    </message>
    <message>
        <source>Recovered unsaved edits</source>
        <translation>已恢复未保存的编辑</translation>
    </message>
</context>
<context>
    <name>seg::ui::MaskSaver</name>
    <message>
        <source>Saving %1</source>
        <translation>正在保存 %1</translation>
    </message>
</context>
<context>
    <name>seg::ui::ModelAssist</name>
    <message>
        <source>Choose a Trained Model</source>
        <translation>选择已训练的模型</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Pre-labelling %1 with %2</source>
        <translation>正在用 %2 预标注 %1</translation>
    </message>
    <message>
        <source>Scoring unlabelled images with %1...</source>
        <translation>正在用 %1 为未标注图像评分……</translation>
    </message>
    <message>
        <source>Ranking images with %1</source>
        <translation>用 %1 为图像排序</translation>
    </message>
    <message>
        <source>Models (*.pt *.pth *.torchscript);;All files (*)</source>
        <translation>模型 (*.pt *.pth *.torchscript);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>seg::ui::ModelExportJob</name>
    <message>
        <source>Exported %1: load it in PyTorch with torch.jit.load; its class names are model.class_names</source>
        <translation>已导出 %1：在 PyTorch 中用 torch.jit.load 加载；类别名称为 model.class_names</translation>
    </message>
    <message>
        <source>Exporting %1</source>
        <translation>正在导出 %1</translation>
    </message>
</context>
<context>
    <name>seg::ui::ModelForm</name>
    <message>
        <source>%1; default %2.</source>
        <translation>取值 %1；默认 %2。</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>架构</translation>
    </message>
    <message>
        <source>%1  (%2)</source>
        <translation>%1  （%2）</translation>
    </message>
    <message>
        <source>Needs a change project: pairs of images of two dates with change masks.</source>
        <translation>需要变化检测项目：两个日期的成对图像及其变化掩码。</translation>
    </message>
</context>
<context>
    <name>seg::ui::ModelPredictions</name>
    <message>
        <source>Opening %1</source>
        <translation>正在打开 %1</translation>
    </message>
    <message>
        <source>Predicting %1 with %2</source>
        <translation>正在用 %2 预测 %1</translation>
    </message>
    <message>
        <source>%1 + CRF</source>
        <translation>%1 + CRF</translation>
    </message>
</context>
<context>
    <name>seg::ui::ProcessTraining</name>
    <message>
        <source>Cannot write the run&apos;s settings to %1: %2</source>
        <translation>无法将运行设置写入 %1：%2</translation>
    </message>
    <message>
        <source>Cannot start %1: %2</source>
        <translation>无法启动 %1：%2</translation>
    </message>
    <message>
        <source>the training processes ended with exit code %1</source>
        <translation>训练进程以退出码 %1 结束</translation>
    </message>
</context>
<context>
    <name>seg::ui::RunsView</name>
    <message>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>轮数</translation>
    </message>
    <message>
        <source>Best mIoU</source>
        <translation>最佳 mIoU</translation>
    </message>
    <message>
        <source>Tick runs to overlay their curves on the charts.</source>
        <translation>勾选运行，即可将其曲线叠加到图表上。</translation>
    </message>
    <message>
        <source>Show Curves</source>
        <translation>显示曲线</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>继续训练</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>This run has no checkpoint (last.pt) or no readable config.json to resume from.</source>
        <translation>该运行没有可用于继续训练的检查点（last.pt）或可读取的 config.json。</translation>
    </message>
    <message>
        <source>%1
%2, %3 loss; %4 optimiser, learning rate %5, %6 schedule, batch %7, crop %8</source>
        <translation>%1
%2，%3 损失；%4 优化器，学习率 %5，%6 调度，批大小 %7，裁剪 %8</translation>
    </message>
    <message>
        <source>whole images</source>
        <translation>整幅图像</translation>
    </message>
    <message>
        <source>A run is training: stop it first.</source>
        <translation>有运行正在训练：请先停止它。</translation>
    </message>
    <message>
        <source>Another process is training this run now; Show Curves follows it.</source>
        <translation>另一个进程正在训练此运行；“显示曲线”可跟踪它。</translation>
    </message>
</context>
<context>
    <name>seg::ui::SplitScoring</name>
    <message>
        <source>Scoring the validation split</source>
        <translation>正在评估验证划分</translation>
    </message>
</context>
<context>
    <name>seg::ui::SplitSummary</name>
    <message>
        <source>Export Table (CSV)...</source>
        <translation>导出表格 (CSV)...</translation>
    </message>
    <message>
        <source>Export Grid (PNG)...</source>
        <translation>导出网格图 (PNG)...</translation>
    </message>
    <message>
        <source> hardest images</source>
        <translation> 张最难的图像</translation>
    </message>
    <message>
        <source>Confusion matrix of</source>
        <translation>混淆矩阵：</translation>
    </message>
    <message>
        <source>Row-normalised %</source>
        <translation>按行归一化 %</translation>
    </message>
    <message>
        <source>Rows: ground truth; columns: prediction</source>
        <translation>行：真值；列：预测</translation>
    </message>
    <message>
        <source>Export Comparison Table</source>
        <translation>导出比较表格</translation>
    </message>
    <message>
        <source>comparison.csv</source>
        <translation>comparison.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Export Comparison Grid</source>
        <translation>导出比较网格图</translation>
    </message>
    <message>
        <source>comparison.png</source>
        <translation>comparison.png</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>Score the validation images (Validation Images tab) to compare the models on the whole split.</source>
        <translation>评估验证图像（“验证图像”选项卡）后，即可在整个划分上比较各模型。</translation>
    </message>
    <message>
        <source>Labels were corrected since: score again for up-to-date totals. </source>
        <translation>评估后标注已被修正：请重新评估以获得最新的总计。</translation>
    </message>
    <message>
        <source>Nothing to export: score the validation images first</source>
        <translation>没有可导出的内容：请先评估验证图像</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>image</source>
        <translation>图像</translation>
    </message>
    <message>
        <source>ground truth</source>
        <translation>真值</translation>
    </message>
    <message>
        <source>Drawing the comparison grid</source>
        <translation>正在绘制比较网格图</translation>
    </message>
    <message numerus="yes">
        <source>the %n selected image(s)</source>
        <translation>
            <numerusform>选中的 %n 张图像</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n validation image(s); the best of each column in bold.</source>
        <translation>
            <numerusform>%n 张验证图像；每列最佳值以粗体显示。</numerusform>
        </translation>
    </message>
    <message>
        <source>Pixel accuracy</source>
        <translation>像素准确率</translation>
    </message>
    <message>
        <source>Mean class accuracy</source>
        <translation>平均类别准确率</translation>
    </message>
    <message>
        <source>mIoU</source>
        <translation>mIoU</translation>
    </message>
    <message>
        <source>FW IoU</source>
        <translation>频率加权 IoU</translation>
    </message>
    <message>
        <source>Mean Dice</source>
        <translation>平均 Dice</translation>
    </message>
    <message>
        <source>IoU %1</source>
        <translation>IoU %1</translation>
    </message>
    <message>
        <source>before</source>
        <translation>前时相</translation>
    </message>
    <message>
        <source>after</source>
        <translation>后时相</translation>
    </message>
</context>
<context>
    <name>seg::ui::TorchScriptImportDialog</name>
    <message>
        <source>Open TorchScript Model</source>
        <translation>打开 TorchScript 模型</translation>
    </message>
    <message>
        <source>%1 is a TorchScript model. SegStudio needs to know what its output channels mean and how it expects its input. The answers are stored next to the model.</source>
        <translation>%1 是 TorchScript 模型。SegStudio 需要知道其输出通道的含义以及它期望的输入方式。这些设置将保存在模型旁边。</translation>
    </message>
    <message>
        <source>One name a line, in the order of the model&apos;s output channels</source>
        <translation>每行一个名称，按模型输出通道的顺序</translation>
    </message>
    <message>
        <source>Read labels.txt...</source>
        <translation>读取 labels.txt...</translation>
    </message>
    <message>
        <source>Class names:</source>
        <translation>类别名称：</translation>
    </message>
    <message>
        <source>Input mean (R, G, B):</source>
        <translation>输入均值 (R, G, B)：</translation>
    </message>
    <message>
        <source>Input std (R, G, B):</source>
        <translation>输入标准差 (R, G, B)：</translation>
    </message>
    <message>
        <source>Pixels are scaled to 0..1, then (x - mean) / std: ImageNet&apos;s values suit torchvision&apos;s models.</source>
        <translation>像素先缩放到 0..1，再计算 (x - mean) / std：ImageNet 的值适用于 torchvision 的模型。</translation>
    </message>
    <message>
        <source>Fixed input size:</source>
        <translation>固定输入尺寸：</translation>
    </message>
    <message>
        <source>Traced models:</source>
        <translation>追踪（trace）的模型：</translation>
    </message>
    <message>
        <source>Class Names</source>
        <translation>类别名称</translation>
    </message>
    <message>
        <source>Class lists (*.txt *.json);;All files (*)</source>
        <translation>类别列表 (*.txt *.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Cannot read the class names</source>
        <translation>无法读取类别名称</translation>
    </message>
    <message>
        <source>Cannot use these settings</source>
        <translation>无法使用这些设置</translation>
    </message>
</context>
<context>
    <name>seg::ui::TrainingCharts</name>
    <message>
        <source>Iteration</source>
        <translation>迭代</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <source>Epoch</source>
        <translation>轮次</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>验证</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <source>Drag to pan, wheel to zoom, double-click to fit.</source>
        <translation>拖动以平移，滚动滚轮以缩放，双击以适应窗口。</translation>
    </message>
    <message>
        <source>%1 validation loss</source>
        <translation>%1 验证损失</translation>
    </message>
    <message>
        <source>%1 mIoU</source>
        <translation>%1 mIoU</translation>
    </message>
    <message>
        <source>%1 learning rate</source>
        <translation>%1 学习率</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <source>loss (smoothed)</source>
        <translation>损失（平滑）</translation>
    </message>
    <message>
        <source>validation loss</source>
        <translation>验证损失</translation>
    </message>
    <message>
        <source>mIoU</source>
        <translation>mIoU</translation>
    </message>
    <message>
        <source>pixel accuracy</source>
        <translation>像素准确率</translation>
    </message>
    <message>
        <source>learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <source>No run yet: start one in Training Settings.</source>
        <translation>尚无运行：请在“训练设置”中开始一次训练。</translation>
    </message>
    <message>
        <source>Run %1</source>
        <translation>运行 %1</translation>
    </message>
    <message>
        <source>%1 at %2 %3: %4</source>
        <translation>%1（%2 %3）：%4</translation>
    </message>
    <message>
        <source>SegStudio training charts</source>
        <translation>SegStudio 训练图表</translation>
    </message>
    <message>
        <source>adversarial loss (smoothed)</source>
        <translation>对抗损失（平滑）</translation>
    </message>
    <message>
        <source>discriminator loss (smoothed)</source>
        <translation>判别器损失（平滑）</translation>
    </message>
</context>
<context>
    <name>seg::ui::TrainingController</name>
    <message>
        <source>Run %1 cannot be resumed: %2</source>
        <translation>无法继续运行 %1：%2</translation>
    </message>
    <message>
        <source>its checkpoint checkpoints/last.pt is missing.</source>
        <translation>缺少其检查点 checkpoints/last.pt。</translation>
    </message>
    <message>
        <source>Cannot start training: %1</source>
        <translation>无法开始训练：%1</translation>
    </message>
    <message>
        <source>starting...</source>
        <translation>正在启动...</translation>
    </message>
    <message>
        <source>Training on %1 images (%2 for validation), %3 threads, %4</source>
        <translation>在 %1 张图像上训练（%2 张用于验证），%3 个线程，%4</translation>
    </message>
    <message>
        <source>%1 img/s</source>
        <translation>%1 img/s</translation>
    </message>
    <message>
        <source>epoch %1/%2, %3 left</source>
        <translation>第 %1/%2 轮，剩余 %3</translation>
    </message>
    <message>
        <source>Training finished: best mIoU %1 at epoch %2.</source>
        <translation>训练完成：最佳 mIoU 为 %1（第 %2 轮）。</translation>
    </message>
    <message numerus="yes">
        <source>Training stopped after %n complete epochs; resume it from the runs list.</source>
        <translation>
            <numerusform>已完成 %n 轮后停止训练；可在运行列表中继续训练。</numerusform>
        </translation>
    </message>
    <message>
        <source>Training failed: %1</source>
        <translation>训练失败：%1</translation>
    </message>
    <message>
        <source>stopping...</source>
        <translation>正在停止...</translation>
    </message>
    <message>
        <source>A run is training; tick runs to compare them with it instead.</source>
        <translation>有运行正在训练；请勾选其他运行，与其进行比较。</translation>
    </message>
    <message numerus="yes">
        <source>Showing run %1: %n epochs</source>
        <translation>
            <numerusform>显示运行 %1：%n 轮</numerusform>
        </translation>
    </message>
    <message>
        <source>Run %1: %2</source>
        <translation>运行 %1：%2</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>resuming...</source>
        <translation>正在继续……</translation>
    </message>
    <message numerus="yes">
        <source>%n unreadable image(s) skipped; the log names them.</source>
        <translation>
            <numerusform>已跳过 %n 张无法读取的图像；日志中列出了它们。</numerusform>
        </translation>
    </message>
    <message>
        <source>Run %1 is being trained by another process now. Resume it once that process has stopped.</source>
        <translation>运行 %1 正由另一个进程训练。请在该进程停止后再继续训练。</translation>
    </message>
    <message>
        <source>Cannot start training: adversarial training runs in one process. Set Processes to 1.</source>
        <translation>无法开始训练：对抗训练只能在一个进程中运行。请将“进程数”设为 1。</translation>
    </message>
    <message>
        <source>A run is training in this window: stop it before following another.</source>
        <translation>本窗口正在训练一个运行：请先停止它，再跟踪其他运行。</translation>
    </message>
    <message>
        <source>%1 is not a training run&apos;s folder: it holds neither config.json nor metrics.csv.</source>
        <translation>%1 不是训练运行的文件夹：其中既没有 config.json 也没有 metrics.csv。</translation>
    </message>
    <message>
        <source>Following run %1 as it is written (read-only).</source>
        <translation>正在跟踪运行 %1 的写入（只读）。</translation>
    </message>
    <message>
        <source>epoch %1/%2</source>
        <translation>第 %1/%2 轮</translation>
    </message>
    <message numerus="yes">
        <source>trained by %n processes</source>
        <translation>
            <numerusform>由 %n 个进程训练</numerusform>
        </translation>
    </message>
    <message>
        <source>finished, %1 of %2 epochs</source>
        <translation>已完成，%1/%2 轮</translation>
    </message>
    <message>
        <source>%1 of %2 epochs</source>
        <translation>%1/%2 轮</translation>
    </message>
    <message numerus="yes">
        <source>%n epoch(s)</source>
        <translation>
            <numerusform>%n 轮</numerusform>
        </translation>
    </message>
    <message>
        <source>waiting for the run to write metrics.csv</source>
        <translation>等待运行写入 metrics.csv</translation>
    </message>
    <message>
        <source>%1, written %2 ago</source>
        <translation>%1，%2前写入</translation>
    </message>
</context>
<context>
    <name>seg::ui::TrainingPanel</name>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Optimisation</source>
        <translation>优化</translation>
    </message>
    <message>
        <source>Cross-entropy</source>
        <translation>交叉熵</translation>
    </message>
    <message>
        <source>Cross-entropy + Dice</source>
        <translation>交叉熵 + Dice</translation>
    </message>
    <message>
        <source>Dice</source>
        <translation>Dice</translation>
    </message>
    <message>
        <source>Focal</source>
        <translation>Focal</translation>
    </message>
    <message>
        <source>Lovász-softmax</source>
        <translation>Lovász-softmax</translation>
    </message>
    <message>
        <source>SGD with momentum</source>
        <translation>带动量的 SGD</translation>
    </message>
    <message>
        <source>Cosine</source>
        <translation>余弦</translation>
    </message>
    <message>
        <source>Poly</source>
        <translation>多项式（Poly）</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>阶梯</translation>
    </message>
    <message>
        <source>Constant</source>
        <translation>恒定</translation>
    </message>
    <message>
        <source> iterations</source>
        <translation> 次迭代</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>whole image</source>
        <translation>整张图像</translation>
    </message>
    <message>
        <source>Square training crop; whole images when all have one size.</source>
        <translation>训练时的正方形裁剪尺寸；若所有图像尺寸相同，则使用整张图像。</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>损失函数</translation>
    </message>
    <message>
        <source>Optimiser</source>
        <translation>优化器</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <source>Weight decay</source>
        <translation>权重衰减</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>学习率调度</translation>
    </message>
    <message>
        <source>Warm-up</source>
        <translation>预热</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>训练轮数</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>批大小</translation>
    </message>
    <message>
        <source>Input size</source>
        <translation>输入尺寸</translation>
    </message>
    <message>
        <source>Augmentation</source>
        <translation>数据增强</translation>
    </message>
    <message>
        <source>Horizontal flips</source>
        <translation>水平翻转</translation>
    </message>
    <message>
        <source>Vertical flips</source>
        <translation>垂直翻转</translation>
    </message>
    <message>
        <source>°</source>
        <translation>°</translation>
    </message>
    <message>
        <source>Scale range</source>
        <translation>缩放范围</translation>
    </message>
    <message>
        <source>Rotation</source>
        <translation>旋转</translation>
    </message>
    <message>
        <source>Colour jitter</source>
        <translation>颜色抖动</translation>
    </message>
    <message>
        <source>Runtime</source>
        <translation>运行环境</translation>
    </message>
    <message>
        <source>all cores (%1)</source>
        <translation>全部核心（%1）</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>CUDA GPU</source>
        <translation>CUDA GPU</translation>
    </message>
    <message>
        <source>Threads</source>
        <translation>线程数</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Adversarial training</source>
        <translation>对抗训练</translation>
    </message>
    <message>
        <source>Luc et al. 2016: a small discriminator learns to tell ground-truth label maps from the model&apos;s, and the model also learns to fool it. Its two losses are drawn with the training loss.</source>
        <translation>Luc 等，2016：一个小型判别器学习区分真值标签图与模型的预测，模型同时学习骗过它。两项损失与训练损失画在一起。</translation>
    </message>
    <message>
        <source>The adversarial term&apos;s weight next to the segmentation loss.</source>
        <translation>对抗项相对分割损失的权重。</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Discriminator learning rate</source>
        <translation>判别器学习率</translation>
    </message>
    <message>
        <source>Learn from scribbles (dense-CRF loss)</source>
        <translation>从涂画中学习（稠密 CRF 损失）</translation>
    </message>
    <message>
        <source>Tang et al. 2018: for partly painted masks. Besides the painted pixels, every pixel is asked to share the class of nearby pixels of similar colour, so the labels spread from the strokes up to the image&apos;s edges.</source>
        <translation>Tang 等，2018：用于部分绘制的掩码。除已绘制的像素外，每个像素还被要求与附近颜色相近的像素同属一类，使标注从笔画扩展到图像的边缘。</translation>
    </message>
    <message>
        <source>The CRF term&apos;s weight next to the segmentation loss.</source>
        <translation>CRF 项相对分割损失的权重。</translation>
    </message>
    <message>
        <source>How far apart two pixels may be and still be asked to agree.</source>
        <translation>两个像素相距多远时仍被要求类别一致。</translation>
    </message>
    <message>
        <source>How different in colour (0 to 255 levels) two pixels may be and still be asked to agree.</source>
        <translation>两个像素颜色相差多少（0 到 255 级）时仍被要求类别一致。</translation>
    </message>
    <message>
        <source>Reach</source>
        <translation>作用范围</translation>
    </message>
    <message>
        <source>Colour tolerance</source>
        <translation>颜色容差</translation>
    </message>
    <message>
        <source>Data-parallel training: this many processes each train a share of every epoch with the batch size above, and average their gradients after each step. On one machine, one process with all cores is faster; several processes rehearse a run across machines (see docs/distributed.md). The cores are shared out between the processes when Threads is &quot;all cores&quot;.</source>
        <translation>数据并行训练：这些进程各自用上面的批大小训练每一轮的一部分，并在每步之后平均梯度。在一台机器上，单个进程使用全部核心更快；多个进程用于预演跨机器的运行（见 docs/distributed.md）。当“线程数”为“全部核心”时，核心在各进程间平分。</translation>
    </message>
    <message>
        <source>Processes</source>
        <translation>进程数</translation>
    </message>
</context>
<context>
    <name>seg::ui::UserGuideWindow</name>
    <message>
        <source>SegStudio User Guide</source>
        <translation>SegStudio 用户指南</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>后退</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>目录</translation>
    </message>
</context>
<context>
    <name>seg::ui::ValidationBrowser</name>
    <message>
        <source>Score Validation Images</source>
        <translation>评估验证图像</translation>
    </message>
    <message>
        <source>Predicts every validation image with the ticked models</source>
        <translation>用勾选的模型预测每张验证图像</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Only images whose ground truth holds this class</source>
        <translation>仅显示真值中包含此类别的图像</translation>
    </message>
    <message>
        <source>Fix Label</source>
        <translation>修正标注</translation>
    </message>
    <message>
        <source>Open the image for painting, with the model&apos;s prediction as a reference layer</source>
        <translation>打开图像进行绘制，并将模型的预测作为参考图层</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <source>every image</source>
        <translation>全部图像</translation>
    </message>
    <message>
        <source>with %1</source>
        <translation>包含 %1</translation>
    </message>
    <message>
        <source>Scoring...</source>
        <translation>正在评估...</translation>
    </message>
    <message>
        <source>Tick models, then score the validation images to find the worst.</source>
        <translation>请勾选模型，然后评估验证图像以找出最差的图像。</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s); corrected labels are rescored here, score again for the split&apos;s totals</source>
        <translation>
            <numerusform>%n 张图像；已修正的标注会在此处重新评分，请重新评估以获得整个划分的总计</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s), worst first</source>
        <translation>
            <numerusform>%n 张图像，最差的在前</numerusform>
        </translation>
    </message>
    <message>
        <source>Scoring... %1</source>
        <translation>正在评分... %1</translation>
    </message>
</context>
<context>
    <name>seg::ui::WelcomePage</name>
    <message>
        <source>Welcome to SegStudio</source>
        <translation>欢迎使用 SegStudio</translation>
    </message>
    <message>
        <source>Paint segmentation masks, train models on them, and compare their predictions.</source>
        <translation>绘制分割掩码，在其上训练模型，并比较模型的预测。</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Open the Demo Project</source>
        <translation>打开示例项目</translation>
    </message>
    <message>
        <source>500 synthetic-shapes images with their masks, ready to train a U-Net in a few minutes. Made on first use.</source>
        <translation>500 张合成形状图像及其掩码，几分钟即可训练出一个 U-Net。首次使用时创建。</translation>
    </message>
    <message>
        <source>New Project from Image Folder...</source>
        <translation>从图像文件夹新建项目...</translation>
    </message>
    <message>
        <source>A folder of your own images, to paint their masks.</source>
        <translation>您自己的图像文件夹，用于绘制它们的掩码。</translation>
    </message>
    <message>
        <source>New Project from Dataset...</source>
        <translation>从数据集新建项目...</translation>
    </message>
    <message>
        <source>Images with masks: VOC, PennFudan, images/ and masks/ folders, or change pairs.</source>
        <translation>带掩码的图像：VOC、PennFudan、images/ 与 masks/ 文件夹，或变化检测图像对。</translation>
    </message>
    <message>
        <source>Open Project...</source>
        <translation>打开项目...</translation>
    </message>
    <message>
        <source>A folder holding a project.json.</source>
        <translation>包含 project.json 的文件夹。</translation>
    </message>
    <message>
        <source>Read the User Guide</source>
        <translation>阅读用户指南</translation>
    </message>
    <message>
        <source>Recent Projects</source>
        <translation>最近的项目</translation>
    </message>
    <message>
        <source>%1 (not found)
%2</source>
        <translation>%1（未找到）
%2</translation>
    </message>
    <message>
        <source>No recent projects yet.</source>
        <translation>还没有最近的项目。</translation>
    </message>
</context>
</TS>
