<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>AnalysisImages</name>
    <message>
        <source>correct</source>
        <translation>正確</translation>
    </message>
    <message>
        <source>wrong class</source>
        <translation>類別錯誤</translation>
    </message>
    <message>
        <source>missed (object predicted as background)</source>
        <translation>漏檢（物件被預測為背景）</translation>
    </message>
    <message>
        <source>false alarm (background predicted as object)</source>
        <translation>誤報（背景被預測為物件）</translation>
    </message>
    <message>
        <source>ignored (unlabelled in the ground truth)</source>
        <translation>忽略（真值中未標註）</translation>
    </message>
    <message>
        <source>both predict the same</source>
        <translation>兩者預測相同</translation>
    </message>
    <message>
        <source>%1 right, %2 wrong</source>
        <translation>%1 正確，%2 錯誤</translation>
    </message>
    <message>
        <source>they differ, both wrong</source>
        <translation>兩者不同，且都錯誤</translation>
    </message>
    <message>
        <source>they differ, no ground truth</source>
        <translation>兩者不同，無真值</translation>
    </message>
</context>
<context>
    <name>ArchitectureFlags</name>
    <message>
        <source>Architecture: %1.</source>
        <translation>架構：%1。</translation>
    </message>
    <message>
        <source>Default: %1.</source>
        <translation>預設：%1。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>%1: %2 %3; default %4.</source>
        <translation>%1：%2 可用值 %3；預設 %4。</translation>
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
        <translation>未知的模型「%1」（應為下列之一：%2）</translation>
    </message>
    <message>
        <source>--%1 does not apply to %2 (its options: %3)</source>
        <translation>--%1 不適用於 %2（其選項：%3）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>無</translation>
    </message>
    <message>
        <source>--%1 must be a whole number, not &apos;%2&apos;</source>
        <translation>--%1 必須是整數，而非「%2」</translation>
    </message>
</context>
<context>
    <name>BoxTool</name>
    <message>
        <source>Accept live prediction in a box</source>
        <translation>在方框內接受即時預測</translation>
    </message>
    <message>
        <source>Rectangle fill</source>
        <translation>矩形填滿</translation>
    </message>
    <message>
        <source>GrabCut</source>
        <translation>GrabCut</translation>
    </message>
</context>
<context>
    <name>CliMain</name>
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
        <translation>用法：segstudio-cli &lt;指令&gt; [選項]

指令：
  synth     寫出合成形狀資料集
  inspect   報告資料集概況：數量、尺寸、類別頻率、問題
  score     將預測遮罩與真值比對評分
  demo      建立示範專案
  init      將資料集或影像資料夾設為專案
  scribble  將專案的訓練遮罩替換為其塗鴉
  train     訓練模型（&apos;segstudio-cli model --list&apos; 中的任一種）
  eval      在資料集的某個劃分上評估檢查點
  predict   為影像寫出預測遮罩
  compare   在資料集的某個劃分上並列評估 2 到 4 個模型
  export    將檢查點的模型寫成 TorchScript 模組
  model     顯示模型的參數量與 GMACs
  runs      列出專案的訓練執行及其最佳 mIoU

選項：
  -h, --help       顯示此清單
  -v, --version    顯示 SegStudio 的版本

執行 &apos;segstudio-cli &lt;指令&gt; --help&apos; 可查看該指令的選項。
</translation>
    </message>
    <message>
        <source>segstudio-cli: unexpected error: %1</source>
        <translation>segstudio-cli：非預期的錯誤：%1</translation>
    </message>
    <message>
        <source>segstudio-cli: unknown command &apos;%1&apos;</source>
        <translation>segstudio-cli：未知的指令「%1」</translation>
    </message>
</context>
<context>
    <name>CommandParser</name>
    <message>
        <source>--%1 must be a whole number from %2 to %3 (got &apos;%4&apos;)</source>
        <translation>--%1 必須是 %2 到 %3 之間的整數（收到「%4」）</translation>
    </message>
    <message>
        <source>--%1 must be a number from %2 to %3 (got &apos;%4&apos;)</source>
        <translation>--%1 必須是 %2 到 %3 之間的數值（收到「%4」）</translation>
    </message>
    <message>
        <source>Run &apos;%1 %2 --help&apos; for usage.</source>
        <translation>執行 &apos;%1 %2 --help&apos; 可查看用法。</translation>
    </message>
</context>
<context>
    <name>CompareCommand</name>
    <message>
        <source>metric</source>
        <translation>指標</translation>
    </message>
    <message>
        <source>* best of the row (not marked when all are equal)</source>
        <translation>* 該列最佳（全部相同時不標示）</translation>
    </message>
    <message>
        <source>Scores 2 to 4 models on the same dataset split and prints their metrics side by
side, the best of each row marked. Models are checkpoints or TorchScript files.</source>
        <translation>在同一個資料集劃分上評估 2 到 4 個模型，並列輸出其指標，
並標示每一列的最佳值。模型可以是檢查點或 TorchScript 檔案。</translation>
    </message>
    <message>
        <source>A model: a checkpoint or a TorchScript file (give 2 to 4).</source>
        <translation>模型：檢查點或 TorchScript 檔案（指定 2 到 4 個）。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>檔案</translation>
    </message>
    <message>
        <source>Dataset folder or project.</source>
        <translation>資料集資料夾或專案。</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>目錄</translation>
    </message>
    <message>
        <source>val, train, test or all (default val).</source>
        <translation>val、train、test 或 all（預設 val）。</translation>
    </message>
    <message>
        <source>split</source>
        <translation>劃分</translation>
    </message>
    <message>
        <source>Also write the table as CSV to this file.</source>
        <translation>另將表格以 CSV 格式寫入此檔案。</translation>
    </message>
    <message>
        <source>Also write a PNG grid: the hardest images (lowest mIoU over the models) in rows; image, ground truth and each model&apos;s prediction in columns.</source>
        <translation>另寫出 PNG 網格圖：每列一張最難的影像（各模型 mIoU 最低者）；各欄依序為影像、真值與各模型的預測。</translation>
    </message>
    <message>
        <source>Rows of the grid (default 4).</source>
        <translation>網格的列數（預設 4）。</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>give 2 to 4 --model files and --data</source>
        <translation>請指定 2 到 4 個 --model 檔案及 --data</translation>
    </message>
    <message>
        <source>--split must be val, train, test or all</source>
        <translation>--split 必須是 val、train、test 或 all</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message numerus="yes">
        <source>Compared %n model(s) on %1 images (%2 split)</source>
        <translation>
            <numerusform>已在 %1 張影像上比較 %n 個模型（%2 劃分）</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote the table to %1</source>
        <translation>已將表格寫入 %1</translation>
    </message>
    <message>
        <source>Wrote the grid to %1</source>
        <translation>已將網格圖寫入 %1</translation>
    </message>
</context>
<context>
    <name>ConsoleObserver</name>
    <message>
        <source>rank %1: </source>
        <translation>行程 %1：</translation>
    </message>
    <message>
        <source>Training on %1 images, validating on %2; %3 iterations per epoch; %4 threads, %5</source>
        <translation>以 %1 張影像訓練，以 %2 張驗證；每個週期 %3 次迭代；%4 個執行緒，%5</translation>
    </message>
    <message>
        <source>epoch %1/%2  iteration %3/%4  loss %5  lr %6  %7 img/s</source>
        <translation>週期 %1/%2  迭代 %3/%4  損失 %5  學習率 %6  %7 img/s</translation>
    </message>
    <message>
        <source>  adversarial %1  discriminator %2</source>
        <translation>  對抗 %1  判別器 %2</translation>
    </message>
    <message>
        <source>epoch %1/%2  loss %3  val loss %4  pixel accuracy %5  mIoU %6  %7 s%8</source>
        <translation>週期 %1/%2  損失 %3  驗證損失 %4  像素準確率 %5  mIoU %6  %7 s%8</translation>
    </message>
    <message>
        <source>  (best)</source>
        <translation>  （最佳）</translation>
    </message>
</context>
<context>
    <name>DatasetFlags</name>
    <message>
        <source>Change-detection datasets: the folders of the before images, the after images and the change labels (default %1,%2,%3, as LEVIR-CD).</source>
        <translation>變化偵測資料集：前期影像、後期影像與變化標籤所在的資料夾（預設 %1,%2,%3，與 LEVIR-CD 相同）。</translation>
    </message>
    <message>
        <source>before,after,label</source>
        <translation>前期,後期,標籤</translation>
    </message>
    <message>
        <source>--change-folders takes three folder names, e.g. A,B,label (got &apos;%1&apos;)</source>
        <translation>--change-folders 需要三個資料夾名稱，例如 A,B,label（收到「%1」）</translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <source>Creates the demo project (synthetic shapes, 500 images of 128x128) in a folder,
as the app does on first start.</source>
        <translation>在資料夾中建立示範專案（合成形狀，500 張 128x128 的影像），
與應用程式首次啟動時的做法相同。</translation>
    </message>
    <message>
        <source>Project folder to create.</source>
        <translation>要建立的專案資料夾。</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>目錄</translation>
    </message>
    <message>
        <source>--out is required</source>
        <translation>必須指定 --out</translation>
    </message>
    <message>
        <source>Created demo project %1</source>
        <translation>已建立示範專案 %1</translation>
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
            <numerusform>%n 分鐘</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n 小時</numerusform>
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
        <source>There is not enough memory for this.</source>
        <translation>記憶體不足，無法完成此操作。</translation>
    </message>
    <message>
        <source>Unexpected error: %1</source>
        <translation>非預期的錯誤：%1</translation>
    </message>
    <message>
        <source>Unexpected error of an unknown kind.</source>
        <translation>不明類型的非預期錯誤。</translation>
    </message>
    <message>
        <source>The file or folder does not exist.</source>
        <translation>檔案或資料夾不存在。</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>檔案是空的。</translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation>無法讀取此檔案。</translation>
    </message>
    <message>
        <source>The file is truncated.</source>
        <translation>檔案不完整（已被截斷）。</translation>
    </message>
    <message>
        <source>The file is not an image.</source>
        <translation>此檔案不是影像。</translation>
    </message>
    <message>
        <source>The file&apos;s format is not supported.</source>
        <translation>不支援此檔案的格式。</translation>
    </message>
    <message>
        <source>The mask and its image differ in size.</source>
        <translation>遮罩與其影像的尺寸不一致。</translation>
    </message>
    <message>
        <source>The mask holds values that are not classes.</source>
        <translation>遮罩中含有不屬於任何類別的值。</translation>
    </message>
    <message>
        <source>The folder is not a dataset SegStudio can read.</source>
        <translation>此資料夾不是 SegStudio 可讀取的資料集。</translation>
    </message>
    <message>
        <source>The file is not valid JSON.</source>
        <translation>此檔案不是有效的 JSON。</translation>
    </message>
    <message>
        <source>The file&apos;s content is invalid.</source>
        <translation>此檔案的內容無效。</translation>
    </message>
    <message>
        <source>The file was written by a newer SegStudio.</source>
        <translation>此檔案是由較新版本的 SegStudio 所寫入。</translation>
    </message>
    <message>
        <source>An option has an invalid value.</source>
        <translation>某個選項的值無效。</translation>
    </message>
    <message>
        <source>The file cannot be written.</source>
        <translation>無法寫入此檔案。</translation>
    </message>
    <message>
        <source>Unknown error.</source>
        <translation>未知的錯誤。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1：%2（%3）</translation>
    </message>
</context>
<context>
    <name>EvalCommand</name>
    <message>
        <source>image</source>
        <translation>影像</translation>
    </message>
    <message>
        <source>pixel acc</source>
        <translation>像素準確率</translation>
    </message>
    <message>
        <source>mIoU</source>
        <translation>mIoU</translation>
    </message>
    <message>
        <source>worst class (IoU)</source>
        <translation>最差類別 (IoU)</translation>
    </message>
    <message>
        <source>Scores a model (a checkpoint or TorchScript file) on a dataset&apos;s validation split
(or another split): the metrics table of `score`, from the model alone.</source>
        <translation>在資料集的驗證劃分（或其他劃分）上評估模型（檢查點或 TorchScript 檔案）：
輸出與 `score` 相同的指標表，只需要模型本身。</translation>
    </message>
    <message>
        <source>A checkpoint (best.pt or last.pt of a run) or a TorchScript model.</source>
        <translation>檢查點（某次執行的 best.pt 或 last.pt）或 TorchScript 模型。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>檔案</translation>
    </message>
    <message>
        <source>Dataset folder or project.</source>
        <translation>資料集資料夾或專案。</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>目錄</translation>
    </message>
    <message>
        <source>val, train, test or all (default val).</source>
        <translation>val、train、test 或 all（預設 val）。</translation>
    </message>
    <message>
        <source>split</source>
        <translation>劃分</translation>
    </message>
    <message>
        <source>Validation share when the dataset has no split files (default 0.2).</source>
        <translation>資料集沒有劃分檔案時，驗證集所占的比例（預設 0.2）。</translation>
    </message>
    <message>
        <source>f</source>
        <translation>f</translation>
    </message>
    <message>
        <source>Print the scores as JSON.</source>
        <translation>以 JSON 格式輸出分數。</translation>
    </message>
    <message>
        <source>Also list each image&apos;s pixel accuracy, mIoU and worst class, worst first.</source>
        <translation>另列出每張影像的像素準確率、mIoU 與最差類別，最差者在前。</translation>
    </message>
    <message>
        <source>--checkpoint and --data are required</source>
        <translation>必須指定 --checkpoint 和 --data</translation>
    </message>
    <message>
        <source>--split must be val, train, test or all</source>
        <translation>--split 必須是 val、train、test 或 all</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>Evaluated %1 images (%2 split)</source>
        <translation>已評估 %1 張影像（%2 劃分）</translation>
    </message>
    <message numerus="yes">
        <source>, with dense CRF post-processing (%n iteration(s))</source>
        <translation>
            <numerusform>，並經過密集 CRF 後處理（%n 次迭代）</numerusform>
        </translation>
    </message>
    <message>
        <source>Change class: precision %1, recall %2, F1 %3, IoU %4</source>
        <translation>變化類別：精確率 %1，召回率 %2，F1 %3，IoU %4</translation>
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
        <translation>將檢查點的模型寫成可供 PyTorch 使用的 TorchScript 模組：
  model = torch.jit.load(&quot;model.pt&quot;)
  logits = model(x)  # x：float [N, 3, H, W]，RGB 值介於 [0, 1]，以
                     # model.mean 與 model.std 正規化；H、W 不限
它會傳回 [N, classes, H, W] 的 logits，與 SegStudio 的計算結果相同；類別
名稱為 model.class_names。SegStudio 也能將此檔案當作模型開啟。</translation>
    </message>
    <message>
        <source>A checkpoint (best.pt or last.pt of a run).</source>
        <translation>檢查點（某次執行的 best.pt 或 last.pt）。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>檔案</translation>
    </message>
    <message>
        <source>The TorchScript file to write.</source>
        <translation>要寫入的 TorchScript 檔案。</translation>
    </message>
    <message>
        <source>--checkpoint and --out are required</source>
        <translation>必須指定 --checkpoint 和 --out</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: %2, %n class(es); load it with torch.jit.load</source>
        <translation>
            <numerusform>已寫入 %1：%2，%n 個類別；可用 torch.jit.load 載入</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FillTool</name>
    <message>
        <source>Flood fill</source>
        <translation>區域填滿</translation>
    </message>
</context>
<context>
    <name>GuiMain</name>
    <message>
        <source>SegStudio: paint masks, train segmentation models, compare them.</source>
        <translation>SegStudio：繪製遮罩、訓練分割模型，並加以比較。</translation>
    </message>
    <message>
        <source>Open the demo project (synthetic shapes), creating it on first use.</source>
        <translation>開啟示範專案（合成形狀），首次使用時會自動建立。</translation>
    </message>
    <message>
        <source>Project folder or project.json to open.</source>
        <translation>要開啟的專案資料夾或 project.json。</translation>
    </message>
    <message>
        <source>[project]</source>
        <translation>[專案]</translation>
    </message>
</context>
<context>
    <name>InitCommand</name>
    <message>
        <source>Makes a folder a SegStudio project (writes project.json into it), as the window&apos;s
File &gt; New Project does: a dataset in any layout SegStudio reads, or with --images
a plain folder of images to annotate.</source>
        <translation>將資料夾設為 SegStudio 專案（在其中寫入 project.json），與視窗中的
「檔案 &gt; 新增專案」相同：可以是 SegStudio 能讀取之任何結構的資料集，
或搭配 --images 使用待標註的一般影像資料夾。</translation>
    </message>
    <message>
        <source>The dataset or image folder.</source>
        <translation>資料集或影像資料夾。</translation>
    </message>
    <message>
        <source>A plain folder of images to annotate.</source>
        <translation>待標註的一般影像資料夾。</translation>
    </message>
    <message>
        <source>With --images: class names, comma-separated (background,object).</source>
        <translation>搭配 --images：類別名稱，以逗號分隔（background,object）。</translation>
    </message>
    <message>
        <source>names</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>give one folder</source>
        <translation>請指定一個資料夾</translation>
    </message>
    <message numerus="yes">
        <source>Created %1 with %n classes</source>
        <translation>
            <numerusform>已建立 %1，共 %n 個類別</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InspectCommand</name>
    <message>
        <source>Dataset   %1</source>
        <translation>資料集    %1</translation>
    </message>
    <message>
        <source>Layout    %1</source>
        <translation>結構      %1</translation>
    </message>
    <message>
        <source>Samples   %1 (%2 labelled, %3 unlabelled)</source>
        <translation>樣本      %1（已標註 %2，未標註 %3）</translation>
    </message>
    <message>
        <source>Split     train %1, val %2, test %3</source>
        <translation>劃分      訓練 %1，驗證 %2，測試 %3</translation>
    </message>
    <message>
        <source>%1x%2 (%3)</source>
        <translation>%1x%2 (%3)</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>另有 %1 種</translation>
    </message>
    <message>
        <source>Sizes     %1</source>
        <translation>尺寸      %1</translation>
    </message>
    <message>
        <source>Classes (inferred from the mask values; add labels.txt to name them)</source>
        <translation>類別（由遮罩值推斷；加入 labels.txt 即可為其命名）</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>index</source>
        <translation>索引</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名稱</translation>
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
        <translation>（忽略）</translation>
    </message>
    <message>
        <source>Problems  %1 (%2 samples skipped)</source>
        <translation>問題      %1（略過 %2 個樣本）</translation>
    </message>
    <message>
        <source>Reads every sample of a dataset and reports counts, image sizes, class pixel
frequencies and the problems found (bad files are skipped and listed).</source>
        <translation>讀取資料集的每個樣本，報告數量、影像尺寸、各類別的像素
頻率以及發現的問題（損壞的檔案會被略過並列出）。</translation>
    </message>
    <message>
        <source>Dataset folder (VOC, PennFudan or images/ + masks/).</source>
        <translation>資料集資料夾（VOC、PennFudan 或 images/ + masks/）。</translation>
    </message>
    <message>
        <source>Print the report as JSON.</source>
        <translation>以 JSON 格式輸出報告。</translation>
    </message>
    <message>
        <source>Stop at the first problem (exit code 1) instead of skipping.</source>
        <translation>遇到第一個問題即停止（結束代碼 1），而不是略過。</translation>
    </message>
    <message>
        <source>Force the layout: voc, pennfudan, folders or images.</source>
        <translation>強制指定結構：voc、pennfudan、folders 或 images。</translation>
    </message>
    <message>
        <source>layout</source>
        <translation>結構</translation>
    </message>
    <message>
        <source>Validation share when the dataset has no split files (default 0.2).</source>
        <translation>資料集沒有劃分檔案時，驗證集所占的比例（預設 0.2）。</translation>
    </message>
    <message>
        <source>f</source>
        <translation>f</translation>
    </message>
    <message>
        <source>Seed of that split (default 42).</source>
        <translation>該劃分的隨機種子（預設 42）。</translation>
    </message>
    <message>
        <source>k</source>
        <translation>k</translation>
    </message>
    <message>
        <source>give exactly one dataset folder</source>
        <translation>請只指定一個資料集資料夾</translation>
    </message>
    <message>
        <source>--layout must be voc, pennfudan, folders or images</source>
        <translation>--layout 必須是 voc、pennfudan、folders 或 images</translation>
    </message>
</context>
<context>
    <name>MetricsTable</name>
    <message>
        <source>class</source>
        <translation>類別</translation>
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
        <translation>準確率</translation>
    </message>
    <message>
        <source>Prec</source>
        <translation>精確率</translation>
    </message>
    <message>
        <source>GT pixels</source>
        <translation>真值像素</translation>
    </message>
    <message>
        <source>Pixel accuracy        %1</source>
        <translation>像素準確率            %1</translation>
    </message>
    <message>
        <source>Mean class accuracy   %1</source>
        <translation>平均類別準確率        %1</translation>
    </message>
    <message>
        <source>Mean IoU              %1</source>
        <translation>平均 IoU              %1</translation>
    </message>
    <message>
        <source>FW IoU                %1</source>
        <translation>頻率加權 IoU          %1</translation>
    </message>
    <message>
        <source>Mean Dice             %1</source>
        <translation>平均 Dice             %1</translation>
    </message>
</context>
<context>
    <name>ModelCommand</name>
    <message>
        <source>Prints a model&apos;s size: parameters, convolutions and matrix products, and the multiply-accumulates (GMACs) of one forward pass.</source>
        <translation>顯示模型的規模：參數量、卷積與矩陣乘積的數量，以及一次前向傳播的乘積累加運算量（GMACs）。</translation>
    </message>
    <message>
        <source>Lists every architecture, one a line: its name, its label and what it takes (image, or pair for change detection), tab-separated.</source>
        <translation>列出所有架構，每行一個：名稱、顯示名稱及輸入類型（image 為單張影像，pair 為變化偵測的影像對），以定位字元分隔。</translation>
    </message>
    <message>
        <source>Number of classes.</source>
        <translation>類別數。</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Input size: S or WxH (default 512).</source>
        <translation>輸入尺寸：S 或 WxH（預設 512）。</translation>
    </message>
    <message>
        <source>size</source>
        <translation>尺寸</translation>
    </message>
    <message>
        <source>--size must be S or WxH with sides from 8 to 8192</source>
        <translation>--size 必須是 S 或 WxH，邊長介於 8 到 8192</translation>
    </message>
    <message>
        <source>%1 (%2) at %3x%4: %5 parameters (%6 M), %7 convolutions, %8 matrix products; %9 GMACs per forward pass (multiply-accumulates; FLOPs are twice as many)</source>
        <translation>%1（%2），輸入 %3x%4：%5 個參數（%6 M），%7 個卷積，%8 個矩陣乘積；每次前向傳播 %9 GMACs（乘積累加運算；FLOPs 為其兩倍）</translation>
    </message>
    <message>
        <source>Model zoo, with its default options: %1</source>
        <translation>模型庫（含預設選項）：%1</translation>
    </message>
</context>
<context>
    <name>ModelOptions</name>
    <message>
        <source>Refine the probabilities with a fully connected CRF (dense CRF): pixels close in position and colour lean to the same class.</source>
        <translation>以全連接 CRF（密集 CRF）精修機率：位置與顏色相近的像素傾向歸為同一類別。</translation>
    </message>
    <message>
        <source>CRF mean-field iterations (default %1; implies --crf).</source>
        <translation>CRF 平均場迭代次數（預設 %1；隱含 --crf）。</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>CRF appearance kernel: weight, spatial width in pixels, colour width (default %1,%2,%3; implies --crf).</source>
        <translation>CRF 外觀核：權重、空間寬度（像素）、顏色寬度（預設 %1,%2,%3；隱含 --crf）。</translation>
    </message>
    <message>
        <source>w,px,colour</source>
        <translation>權重,像素,顏色</translation>
    </message>
    <message>
        <source>CRF smoothness kernel: weight, spatial width in pixels (default %1,%2; implies --crf).</source>
        <translation>CRF 平滑核：權重、空間寬度（像素）（預設 %1,%2；隱含 --crf）。</translation>
    </message>
    <message>
        <source>w,px</source>
        <translation>權重,像素</translation>
    </message>
    <message>
        <source>--crf-appearance takes three numbers, e.g. 5,30,13</source>
        <translation>--crf-appearance 需要三個數值，例如 5,30,13</translation>
    </message>
    <message>
        <source>--crf-smoothness takes two numbers, e.g. 3,3</source>
        <translation>--crf-smoothness 需要兩個數值，例如 3,3</translation>
    </message>
    <message>
        <source>TorchScript models: class names, comma-separated, or a labels.txt or classes.json file. Without it, the settings stored next to the model (or inside a model SegStudio exported) apply.</source>
        <translation>TorchScript 模型：類別名稱，以逗號分隔，或 labels.txt、classes.json 檔案。未指定時，套用存放在模型旁的設定（或 SegStudio 匯出之模型內含的設定）。</translation>
    </message>
    <message>
        <source>names|file</source>
        <translation>名稱|檔案</translation>
    </message>
    <message>
        <source>TorchScript models: input mean per RGB channel (default ImageNet&apos;s 0.485,0.456,0.406).</source>
        <translation>TorchScript 模型：各 RGB 通道的輸入平均值（預設為 ImageNet 的 0.485,0.456,0.406）。</translation>
    </message>
    <message>
        <source>r,g,b</source>
        <translation>r,g,b</translation>
    </message>
    <message>
        <source>TorchScript models: input standard deviation per RGB channel (default ImageNet&apos;s 0.229,0.224,0.225).</source>
        <translation>TorchScript 模型：各 RGB 通道的輸入標準差（預設為 ImageNet 的 0.229,0.224,0.225）。</translation>
    </message>
    <message>
        <source>TorchScript models traced at one size: WxH; images are resized to it.</source>
        <translation>以固定尺寸追蹤（trace）的 TorchScript 模型：WxH；影像會縮放至此尺寸。</translation>
    </message>
    <message>
        <source>size</source>
        <translation>尺寸</translation>
    </message>
    <message>
        <source>--mean, --std and --input-size go with --classes</source>
        <translation>--mean、--std 和 --input-size 須與 --classes 一起使用</translation>
    </message>
    <message>
        <source>--%1 takes three numbers separated by commas, e.g. 0.5,0.5,0.5</source>
        <translation>--%1 需要三個以逗號分隔的數值，例如 0.5,0.5,0.5</translation>
    </message>
    <message>
        <source>--input-size takes WxH, e.g. 520x520</source>
        <translation>--input-size 需要 WxH 格式，例如 520x520</translation>
    </message>
</context>
<context>
    <name>ModelTable</name>
    <message>
        <source>Backbone</source>
        <translation>骨幹網路</translation>
    </message>
    <message>
        <source>The encoder: a ResNet (He et al. 2016) or a VGG network (Simonyan and Zisserman 2015).</source>
        <translation>編碼器：ResNet（He 等人，2016）或 VGG 網路（Simonyan 與 Zisserman，2015）。</translation>
    </message>
    <message>
        <source>The encoder: a ResNet (He et al. 2016).</source>
        <translation>編碼器：ResNet（He 等人，2016）。</translation>
    </message>
    <message>
        <source>The encoder: a VGG network (Simonyan and Zisserman 2015).</source>
        <translation>編碼器：VGG 網路（Simonyan 與 Zisserman，2015）。</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>寬度</translation>
    </message>
    <message>
        <source>Channels of the backbone&apos;s first stage: 64 as in the papers; fewer train faster.</source>
        <translation>骨幹網路第一階段的通道數：論文中為 64；通道越少，訓練越快。</translation>
    </message>
    <message>
        <source>Output stride</source>
        <translation>輸出步幅</translation>
    </message>
    <message>
        <source>How much smaller than the image the deepest features are: 8 keeps finer detail and costs about four times more.</source>
        <translation>最深層特徵比影像縮小的倍數：8 可保留較細的細節，運算量約為四倍。</translation>
    </message>
    <message>
        <source>Atrous rate</source>
        <translation>空洞率</translation>
    </message>
    <message>
        <source>scaled to the training crop</source>
        <translation>依訓練裁切尺寸縮放</translation>
    </message>
    <message>
        <source>Channels of the highest-resolution branch (W); the others have 2W, 4W and 8W. 18 as in HRNet-W18.</source>
        <translation>最高解析度分支的通道數（W）；其他分支為 2W、4W 與 8W。HRNet-W18 中為 18。</translation>
    </message>
    <message>
        <source>Channels of the first stage and of every attention head; the stages have 1, 2, 5 and 8 times as many. 32 as in MiT-B0.</source>
        <translation>第一階段及每個注意力頭的通道數；各階段分別為其 1、2、5、8 倍。MiT-B0 中為 32。</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>深度</translation>
    </message>
    <message>
        <source>Transformer blocks in each of the four stages (2 in MiT-B0).</source>
        <translation>四個階段中每個階段的 Transformer 區塊數（MiT-B0 中為 2）。</translation>
    </message>
    <message>
        <source>Channels of the first stage; each of the four stages doubles them. 16 as in the paper.</source>
        <translation>第一階段的通道數；四個階段逐級加倍。論文中為 16。</translation>
    </message>
    <message>
        <source>Bilinear upsampling</source>
        <translation>雙線性上取樣</translation>
    </message>
    <message>
        <source>Upsample bilinearly instead of with a learned 2x2 transposed convolution.</source>
        <translation>以雙線性方式上取樣，而非使用可學習的 2x2 轉置卷積。</translation>
    </message>
    <message>
        <source>Normalisation</source>
        <translation>正規化</translation>
    </message>
    <message>
        <source>Batch: BatchNorm, the usual choice. Instance: each image normalised by its own statistics, in training and prediction alike; learns faster from a few images (live learning uses it).</source>
        <translation>批次正規化：BatchNorm，常用的選擇。實例正規化：每張影像以其自身的統計量正規化，訓練與預測時皆然；能從少量影像更快學習（即時學習使用此方式）。</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>批次正規化</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>實例正規化</translation>
    </message>
    <message>
        <source>Channels of the first stage; each deeper stage doubles them.</source>
        <translation>第一階段的通道數；每深一個階段，通道數加倍。</translation>
    </message>
    <message>
        <source>Number of stages, each at half the resolution of the last.</source>
        <translation>階段數，每個階段的解析度為前一階段的一半。</translation>
    </message>
    <message>
        <source>DeepLab v1 (LargeFOV)</source>
        <translation>DeepLab v1（LargeFOV）</translation>
    </message>
    <message>
        <source>Chen et al. 2015: a VGG network kept at output stride 8, and a classifier whose atrous convolution sees a large field of view.</source>
        <translation>Chen 等人，2015：維持輸出步幅 8 的 VGG 網路，加上以空洞卷積取得大視野的分類器。</translation>
    </message>
    <message>
        <source>Dilation of the fc6 classifier layer: 12 in the paper, for 321-pixel crops.</source>
        <translation>fc6 分類層的擴張率：論文中為 12，對應 321 像素的裁切。</translation>
    </message>
    <message>
        <source>DeepLab v2</source>
        <translation>DeepLab v2</translation>
    </message>
    <message>
        <source>Chen et al. 2017: four atrous classifiers at rates r, 2r, 3r and 4r whose scores are summed (atrous spatial pyramid pooling).</source>
        <translation>Chen 等人，2017：擴張率為 r、2r、3r 與 4r 的四個空洞分類器，將其分數相加（空洞空間金字塔池化）。</translation>
    </message>
    <message>
        <source>The smallest of the four rates, r: 6 in the paper, for 321-pixel crops.</source>
        <translation>四個擴張率中最小的 r：論文中為 6，對應 321 像素的裁切。</translation>
    </message>
    <message>
        <source>U-Net</source>
        <translation>U-Net</translation>
    </message>
    <message>
        <source>Ronneberger et al. 2015: an encoder and a decoder joined by skip connections at every scale.</source>
        <translation>Ronneberger 等人，2015：編碼器與解碼器在每個尺度上以跳躍連接相連。</translation>
    </message>
    <message>
        <source>FCN-8s</source>
        <translation>FCN-8s</translation>
    </message>
    <message>
        <source>Long et al. 2015: class scores from strides 32, 16 and 8, summed.</source>
        <translation>Long 等人，2015：將步幅 32、16 與 8 的類別分數相加。</translation>
    </message>
    <message>
        <source>FCN-16s</source>
        <translation>FCN-16s</translation>
    </message>
    <message>
        <source>Long et al. 2015: class scores from strides 32 and 16, summed.</source>
        <translation>Long 等人，2015：將步幅 32 與 16 的類別分數相加。</translation>
    </message>
    <message>
        <source>FCN-32s</source>
        <translation>FCN-32s</translation>
    </message>
    <message>
        <source>Long et al. 2015: class scores from stride 32, upsampled.</source>
        <translation>Long 等人，2015：將步幅 32 的類別分數上取樣。</translation>
    </message>
    <message>
        <source>SegNet</source>
        <translation>SegNet</translation>
    </message>
    <message>
        <source>Badrinarayanan et al. 2017: a VGG encoder whose max-pooling positions tell the decoder where to unpool.</source>
        <translation>Badrinarayanan 等人，2017：VGG 編碼器記錄最大池化的位置，解碼器據此進行反池化。</translation>
    </message>
    <message>
        <source>DeepLabv3</source>
        <translation>DeepLabv3</translation>
    </message>
    <message>
        <source>Chen et al. 2017: atrous spatial pyramid pooling on a dilated backbone.</source>
        <translation>Chen 等人，2017：在空洞骨幹網路上進行空洞空間金字塔池化。</translation>
    </message>
    <message>
        <source>DeepLabv3+</source>
        <translation>DeepLabv3+</translation>
    </message>
    <message>
        <source>Chen et al. 2018: atrous spatial pyramid pooling on a dilated backbone, and a decoder that sharpens borders with stride-4 features.</source>
        <translation>Chen 等人，2018：在空洞骨幹網路上進行空洞空間金字塔池化，並以解碼器借助步幅 4 的特徵讓邊界更銳利。</translation>
    </message>
    <message>
        <source>PSPNet</source>
        <translation>PSPNet</translation>
    </message>
    <message>
        <source>Zhao et al. 2017: pyramid pooling over 1, 2, 3 and 6 bins gives every pixel the context of its region and of the whole image.</source>
        <translation>Zhao 等人，2017：在 1、2、3、6 個分格上進行金字塔池化，讓每個像素都能取得其所在區域與整張影像的上下文。</translation>
    </message>
    <message>
        <source>RefineNet (light-weight)</source>
        <translation>RefineNet（輕量版）</translation>
    </message>
    <message>
        <source>Lin et al. 2017: the deepest features refined step by step with finer ones: residual convolution units, multi-resolution fusion and chained residual pooling.</source>
        <translation>Lin 等人，2017：以較精細的特徵逐步精修最深層特徵：殘差卷積單元、多解析度融合與鏈式殘差池化。</translation>
    </message>
    <message>
        <source>HRNet (W18-small style)</source>
        <translation>HRNet（W18-small 風格）</translation>
    </message>
    <message>
        <source>Wang et al. 2020: branches at four resolutions run side by side and exchange features after every stage, so a high-resolution branch is kept all the way.</source>
        <translation>Wang 等人，2020：四種解析度的分支並行運作，並在每個階段後交換特徵，因此始終保有一個高解析度分支。</translation>
    </message>
    <message>
        <source>SegFormer (MiT-B0 style)</source>
        <translation>SegFormer（MiT-B0 風格）</translation>
    </message>
    <message>
        <source>Xie et al. 2021: a hierarchical transformer encoder with efficient self-attention and overlapping patch embeddings, and a light all-MLP decoder.</source>
        <translation>Xie 等人，2021：採用高效自注意力與重疊圖塊嵌入的階層式 Transformer 編碼器，搭配輕量的全 MLP 解碼器。</translation>
    </message>
    <message>
        <source>FC-EF (change detection)</source>
        <translation>FC-EF（變化偵測）</translation>
    </message>
    <message>
        <source>Daudt et al. 2018: a U-Net-like network on the before and after images stacked as one 6-channel input (early fusion).</source>
        <translation>Daudt 等人，2018：類 U-Net 網路，將前期與後期影像疊成單一 6 通道輸入（早期融合）。</translation>
    </message>
    <message>
        <source>FC-Siam-conc (change detection)</source>
        <translation>FC-Siam-conc（變化偵測）</translation>
    </message>
    <message>
        <source>Daudt et al. 2018: one encoder with shared weights on each image; the decoder sees both encodings side by side.</source>
        <translation>Daudt 等人，2018：以共用權重的編碼器分別處理兩張影像；解碼器並列取得兩份編碼。</translation>
    </message>
    <message>
        <source>FC-Siam-diff (change detection)</source>
        <translation>FC-Siam-diff（變化偵測）</translation>
    </message>
    <message>
        <source>Daudt et al. 2018: one encoder with shared weights on each image; the decoder sees the absolute difference of the encodings.</source>
        <translation>Daudt 等人，2018：以共用權重的編碼器分別處理兩張影像；解碼器取得兩份編碼之差的絕對值。</translation>
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
        <translation>%1，且為 %2 的倍數</translation>
    </message>
    <message>
        <source>%1 (0: %2)</source>
        <translation>%1（0：%2）</translation>
    </message>
    <message>
        <source>on or off</source>
        <translation>開啟或關閉</translation>
    </message>
    <message>
        <source>Measured with %5 threads: %1 M parameters, %2 GMACs at 256x256, trains %3 images/s (128x128), predicts a 512x512 image in %4 ms</source>
        <translation>以 %5 個執行緒測得：%1 M 參數，256x256 下 %2 GMACs，每秒訓練 %3 張影像（128x128），預測一張 512x512 影像需 %4 ms</translation>
    </message>
    <message>
        <source>%1; validation mIoU not measured yet.</source>
        <translation>%1；尚未測量驗證 mIoU。</translation>
    </message>
    <message>
        <source>the demo</source>
        <translation>示範專案</translation>
    </message>
    <message>
        <source>synthetic change pairs</source>
        <translation>合成變化影像對</translation>
    </message>
    <message numerus="yes">
        <source>%1; validation mIoU %2 on %3 after %4 minutes of training (%n epoch(s)).</source>
        <translation>
            <numerusform>%1；在%3上訓練 %4 分鐘（%n 個週期）後，驗證 mIoU 為 %2。</numerusform>
        </translation>
    </message>
    <message>
        <source>on</source>
        <translation>開啟</translation>
    </message>
    <message>
        <source>off</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>Not measured yet in the model zoo.</source>
        <translation>尚未在模型庫中測量。</translation>
    </message>
    <message>
        <source>%1 M parameters · %2 GMACs · trains %3 img/s · %4 ms per 512² image</source>
        <translation>%1 M 參數 · %2 GMACs · 訓練 %3 img/s · 每張 512² 影像 %4 ms</translation>
    </message>
    <message>
        <source>mIoU %1</source>
        <translation>mIoU %1</translation>
    </message>
</context>
<context>
    <name>PredictCommand</name>
    <message>
        <source>Predicts masks for an image or a folder of images and writes them as palette
PNGs named after the images (and, with --overlay, the images with the mask blended in,
in the overlays folder inside --out, apart from the masks).
A change detection model takes image pairs: --input is then the before image (or folder)
and --after the after image (or a folder whose images pair up with --input&apos;s by name).
Images larger than the tile size are predicted in overlapping tiles.</source>
        <translation>為一張影像或一個影像資料夾預測遮罩，並寫成以影像命名的調色盤 PNG
（使用 --overlay 時，另會在 --out 內的 overlays 資料夾寫出混入遮罩的影像，
與遮罩分開存放）。
變化偵測模型接受影像對：此時 --input 為前期影像（或資料夾），
--after 為後期影像（或依檔名與 --input 之影像配對的資料夾）。
大於圖塊尺寸的影像會以互相重疊的圖塊進行預測。</translation>
    </message>
    <message>
        <source>A checkpoint (best.pt or last.pt of a run) or a TorchScript model.</source>
        <translation>檢查點（某次執行的 best.pt 或 last.pt）或 TorchScript 模型。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>檔案</translation>
    </message>
    <message>
        <source>An image, or a folder of images.</source>
        <translation>一張影像，或一個影像資料夾。</translation>
    </message>
    <message>
        <source>path</source>
        <translation>路徑</translation>
    </message>
    <message>
        <source>Change detection: the after image, or a folder of after images named as --input&apos;s.</source>
        <translation>變化偵測：後期影像，或與 --input 之影像同名的後期影像資料夾。</translation>
    </message>
    <message>
        <source>Folder for the masks (created if missing).</source>
        <translation>存放遮罩的資料夾（不存在時會自動建立）。</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>目錄</translation>
    </message>
    <message>
        <source>Also write overlays/&lt;name&gt;_overlay.png inside --out: the image with the mask blended in.</source>
        <translation>另在 --out 內寫出 overlays/&lt;name&gt;_overlay.png：混入遮罩的影像。</translation>
    </message>
    <message>
        <source>Tile size for large images (default 512).</source>
        <translation>大型影像的圖塊尺寸（預設 512）。</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>--checkpoint, --input and --out are required</source>
        <translation>必須指定 --checkpoint、--input 和 --out</translation>
    </message>
    <message>
        <source>this model compares image pairs: give the after images with --after</source>
        <translation>此模型比較的是影像對：請以 --after 指定後期影像</translation>
    </message>
    <message>
        <source>--after is for change detection models; this one predicts single images</source>
        <translation>--after 僅用於變化偵測模型；此模型預測的是單張影像</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>Wrote %1 masks to %2</source>
        <translation>已將 %1 個遮罩寫入 %2</translation>
    </message>
</context>
<context>
    <name>ProcessLauncher</name>
    <message>
        <source>No free port on the loopback interface for the processes to meet on</source>
        <translation>回送介面上沒有可供各行程會合的空閒連接埠</translation>
    </message>
    <message>
        <source>Could not start training process %1: %2</source>
        <translation>無法啟動訓練行程 %1：%2</translation>
    </message>
</context>
<context>
    <name>RunsCommand</name>
    <message>
        <source>Lists a project&apos;s training runs (runs/&lt;id&gt;/) with their model, epochs and best validation mIoU, as the window&apos;s Runs list does.</source>
        <translation>列出專案的訓練執行（runs/&lt;id&gt;/）及其模型、週期數與最佳驗證 mIoU，與視窗中的「執行」清單相同。</translation>
    </message>
    <message>
        <source>Project folder or project.json.</source>
        <translation>專案資料夾或 project.json。</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>目錄</translation>
    </message>
    <message>
        <source>--data is required</source>
        <translation>必須指定 --data</translation>
    </message>
    <message>
        <source>No runs in %1</source>
        <translation>%1 中沒有任何執行</translation>
    </message>
    <message>
        <source>run</source>
        <translation>執行</translation>
    </message>
    <message>
        <source>model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>epochs</source>
        <translation>週期數</translation>
    </message>
    <message>
        <source>best mIoU</source>
        <translation>最佳 mIoU</translation>
    </message>
    <message>
        <source>resumable</source>
        <translation>可繼續</translation>
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
            <numerusform>CUDA：%n 個裝置可用</numerusform>
        </translation>
    </message>
    <message>
        <source>CUDA: built in, but no usable device</source>
        <translation>CUDA：已內建，但沒有可用的裝置</translation>
    </message>
    <message>
        <source>CUDA: not available (this LibTorch is built for the CPU only)</source>
        <translation>CUDA：無法使用（此 LibTorch 僅針對 CPU 建置）</translation>
    </message>
    <message>
        <source>Qt %1, LibTorch %2 (oneDNN %3), OpenCV %4</source>
        <translation>Qt %1，LibTorch %2（oneDNN %3），OpenCV %4</translation>
    </message>
    <message>
        <source>CPU features: %1; LibTorch&apos;s own kernels use %2</source>
        <translation>CPU 功能：%1；LibTorch 本身的核心函式使用 %2</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Threads: %1 of %2 hardware threads</source>
        <translation>執行緒：%1（共 %2 個硬體執行緒）</translation>
    </message>
    <message>
        <source>Licence: GNU General Public License, version 3 or later</source>
        <translation>授權：GNU 通用公共授權條款第 3 版或更新版本</translation>
    </message>
</context>
<context>
    <name>ScissorsTool</name>
    <message>
        <source>Intelligent scissors</source>
        <translation>智慧剪刀</translation>
    </message>
    <message>
        <source>Scissors fill</source>
        <translation>智慧剪刀填滿</translation>
    </message>
</context>
<context>
    <name>ScoreCommand</name>
    <message>
        <source>Scored %1 mask pairs, %2 pixels</source>
        <translation>已評分 %1 對遮罩，共 %2 個像素</translation>
    </message>
    <message>
        <source>Classes were inferred from the mask values; give --classes to name them.</source>
        <translation>類別是由遮罩值推斷而來；使用 --classes 即可為其命名。</translation>
    </message>
    <message>
        <source>Scores predicted masks against ground-truth masks paired by file name: per-class
IoU, Dice, accuracy and precision; pixel accuracy, mean class accuracy, mIoU,
frequency-weighted IoU and mean Dice. Pixels marked 255 in the ground truth are ignored.</source>
        <translation>將預測遮罩與依檔名配對的真值遮罩比對評分：各類別的
IoU、Dice、準確率與精確率；像素準確率、平均類別準確率、mIoU、
頻率加權 IoU 與平均 Dice。真值中標示為 255 的像素會被忽略。</translation>
    </message>
    <message>
        <source>Folder of predicted masks.</source>
        <translation>預測遮罩所在的資料夾。</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>目錄</translation>
    </message>
    <message>
        <source>Folder of ground-truth masks.</source>
        <translation>真值遮罩所在的資料夾。</translation>
    </message>
    <message>
        <source>labels.txt or classes.json naming the classes (needed for colour masks).</source>
        <translation>為類別命名的 labels.txt 或 classes.json（彩色遮罩必須提供）。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>檔案</translation>
    </message>
    <message>
        <source>Print the scores as JSON.</source>
        <translation>以 JSON 格式輸出分數。</translation>
    </message>
    <message>
        <source>Fail on the first missing or unreadable mask instead of skipping it.</source>
        <translation>遇到第一個缺少或無法讀取的遮罩即失敗結束，而不是略過。</translation>
    </message>
    <message>
        <source>--pred and --gt are required</source>
        <translation>必須指定 --pred 和 --gt</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>非預期的引數「%1」</translation>
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
        <translation>將專案的訓練遮罩替換為其塗鴉，就像匆忙的標註者所畫的那樣：
每個物件上一筆、背景上幾筆，其餘為未標註。驗證遮罩保持完整，
因此執行仍以完整的真值評分。可用來衡量稀疏標註能訓練出什麼，請在新專案上使用：
  segstudio-cli demo --out demo5 &amp;&amp; segstudio-cli scribble demo5 --fraction 0.05</translation>
    </message>
    <message>
        <source>The project (folder or project.json).</source>
        <translation>專案（資料夾或 project.json）。</translation>
    </message>
    <message>
        <source>Share of each image&apos;s pixels the scribbles cover, above 0 up to 1 (default %1); strokes widen until they reach it.</source>
        <translation>塗鴉涵蓋每張影像像素的比例，大於 0 且不超過 1（預設 %1）；筆畫會加寬直到達到此比例。</translation>
    </message>
    <message>
        <source>f</source>
        <translation>f</translation>
    </message>
    <message>
        <source>Strokes across the background of each image (default %1).</source>
        <translation>每張影像背景上的筆畫數（預設 %1）。</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Random seed (default %1).</source>
        <translation>隨機種子（預設 %1）。</translation>
    </message>
    <message>
        <source>k</source>
        <translation>k</translation>
    </message>
    <message>
        <source>give one project</source>
        <translation>請指定一個專案</translation>
    </message>
    <message numerus="yes">
        <source>Scribbled %n training masks into %1: %2% of their pixels labelled, strokes %3 to %4 px wide</source>
        <translation>
            <numerusform>已將 %n 個訓練遮罩改為塗鴉，寫入 %1：%2% 的像素已標註，筆畫寬 %3 到 %4 px</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShapeTool</name>
    <message>
        <source>Lasso fill</source>
        <translation>套索填滿</translation>
    </message>
    <message>
        <source>Polygon fill</source>
        <translation>多邊形填滿</translation>
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
        <translation>筆刷繪製</translation>
    </message>
</context>
<context>
    <name>SuperpixelTool</name>
    <message>
        <source>Superpixel fill</source>
        <translation>超像素填滿</translation>
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
        <translation>寫出合成形狀示範資料集（images/、masks/、classes.json、labels.txt）：
圓形、矩形、三角形與橢圓，遮罩依形狀種類標註。</translation>
    </message>
    <message>
        <source>Folder to write the dataset into (created if missing).</source>
        <translation>寫入資料集的資料夾（不存在時會自動建立）。</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>目錄</translation>
    </message>
    <message>
        <source>Number of images (default 500).</source>
        <translation>影像數量（預設 500）。</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Image size: S or WxH, 16 to 8192 (default 128).</source>
        <translation>影像尺寸：S 或 WxH，16 到 8192（預設 128）。</translation>
    </message>
    <message>
        <source>size</source>
        <translation>尺寸</translation>
    </message>
    <message>
        <source>Random seed; the same seed gives the same dataset (default 1).</source>
        <translation>隨機種子；相同的種子會產生相同的資料集（預設 1）。</translation>
    </message>
    <message>
        <source>k</source>
        <translation>k</translation>
    </message>
    <message>
        <source>Gaussian pixel noise sigma, 0 to 64 (default 6).</source>
        <translation>像素高斯雜訊的 sigma，0 到 64（預設 6）。</translation>
    </message>
    <message>
        <source>sigma</source>
        <translation>sigma</translation>
    </message>
    <message>
        <source>Write change-detection pairs instead, in the LEVIR-CD layout (A/, B/, label/): shapes appear, vanish and move between the two images while their colours drift.</source>
        <translation>改為寫出變化偵測影像對，採用 LEVIR-CD 結構（A/、B/、label/）：形狀會在兩張影像之間出現、消失與移動，顏色也會漂移。</translation>
    </message>
    <message>
        <source>With --change: how far the after image&apos;s colours drift, 0 to 1 (default %1).</source>
        <translation>搭配 --change：後期影像顏色漂移的程度，0 到 1（預設 %1）。</translation>
    </message>
    <message>
        <source>d</source>
        <translation>d</translation>
    </message>
    <message>
        <source>--out is required</source>
        <translation>必須指定 --out</translation>
    </message>
    <message>
        <source>--size must be S or WxH with sides from 16 to 8192 (got &apos;%1&apos;)</source>
        <translation>--size 必須是 S 或 WxH，邊長介於 16 到 8192（收到「%1」）</translation>
    </message>
    <message>
        <source>--drift needs --change</source>
        <translation>--drift 需要搭配 --change</translation>
    </message>
    <message>
        <source>synth: %1/%2 pairs</source>
        <translation>synth：%1/%2 對</translation>
    </message>
    <message>
        <source>synth: %1/%2 images</source>
        <translation>synth：%1/%2 張影像</translation>
    </message>
    <message>
        <source>Wrote %1 image pairs of %2x%3 with change masks to %4</source>
        <translation>已將 %1 對 %2x%3 的影像及變化遮罩寫入 %4</translation>
    </message>
    <message>
        <source>Wrote %1 images of %2x%3 with masks to %4</source>
        <translation>已將 %1 張 %2x%3 的影像及其遮罩寫入 %4</translation>
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
        <translation>%1，約剩 %2</translation>
    </message>
</context>
<context>
    <name>TrainCommand</name>
    <message>
        <source>Trains a segmentation model on a dataset or project. Writes the run folder:
config.json, metrics.csv, log.txt, checkpoints/last.pt and best.pt.
Ctrl-C or SIGTERM stops after the current iteration and keeps a checkpoint to --resume from; SIGUSR1 pauses and SIGUSR2 continues.</source>
        <translation>在資料集或專案上訓練分割模型。寫入執行資料夾：
config.json、metrics.csv、log.txt、checkpoints/last.pt 與 best.pt。
Ctrl-C 或 SIGTERM 會在目前的迭代結束後停止，並保留可供 --resume 繼續的檢查點；SIGUSR1 暫停，SIGUSR2 繼續。</translation>
    </message>
    <message>
        <source>Dataset folder or project (folder or project.json).</source>
        <translation>資料集資料夾或專案（資料夾或 project.json）。</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>目錄</translation>
    </message>
    <message>
        <source>Run folder to create (or continue, with --resume).</source>
        <translation>要建立的執行資料夾（搭配 --resume 時為要繼續的執行資料夾）。</translation>
    </message>
    <message>
        <source>Continue from a checkpoint (its run&apos;s last.pt).</source>
        <translation>從檢查點繼續（其所屬執行的 last.pt）。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>檔案</translation>
    </message>
    <message>
        <source>Start from a config.json (options below override it).</source>
        <translation>以 config.json 為基礎（下列選項會覆寫其中的設定）。</translation>
    </message>
    <message>
        <source>Start the backbone from these weights: a SegStudio checkpoint or a PyTorch state dict (torchvision&apos;s ResNet names work).</source>
        <translation>以這些權重初始化骨幹網路：SegStudio 檢查點或 PyTorch state dict（可使用 torchvision 的 ResNet 命名）。</translation>
    </message>
    <message>
        <source>Epochs to train.</source>
        <translation>要訓練的週期數。</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Batch size.</source>
        <translation>批次大小。</translation>
    </message>
    <message>
        <source>Square training crop in pixels; 0 trains on whole images.</source>
        <translation>訓練時正方形裁切的邊長（像素）；0 表示以整張影像訓練。</translation>
    </message>
    <message>
        <source>Learning rate.</source>
        <translation>學習率。</translation>
    </message>
    <message>
        <source>rate</source>
        <translation>學習率</translation>
    </message>
    <message>
        <source>adam, adamw or sgd.</source>
        <translation>adam、adamw 或 sgd。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Weight decay.</source>
        <translation>權重衰減。</translation>
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
        <source>Cross-entropy weight per class, comma-separated, e.g. 0.5,1,1.</source>
        <translation>各類別的交叉熵權重，以逗號分隔，例如 0.5,1,1。</translation>
    </message>
    <message>
        <source>w,w,...</source>
        <translation>w,w,...</translation>
    </message>
    <message>
        <source>Cross-entropy label smoothing, 0 to 0.5.</source>
        <translation>交叉熵標籤平滑，0 到 0.5。</translation>
    </message>
    <message>
        <source>s</source>
        <translation>s</translation>
    </message>
    <message>
        <source>Focal loss focusing parameter.</source>
        <translation>Focal 損失的聚焦參數。</translation>
    </message>
    <message>
        <source>g</source>
        <translation>g</translation>
    </message>
    <message>
        <source>ce_dice: weight of the Dice term.</source>
        <translation>ce_dice：Dice 項的權重。</translation>
    </message>
    <message>
        <source>For scribbled (partial) masks: weight of the dense-CRF regularised loss (Tang et al. 2018), which spreads labels up to the image&apos;s edges; 0 is off (default).</source>
        <translation>用於塗鴉（部分標註）的遮罩：密集 CRF 正則化損失（Tang 等人，2018）的權重，可將標註擴展到影像中的邊緣為止；0 表示關閉（預設）。</translation>
    </message>
    <message>
        <source>The CRF loss kernel&apos;s width in pixels (%1).</source>
        <translation>CRF 損失核的寬度，以像素計（%1）。</translation>
    </message>
    <message>
        <source>px</source>
        <translation>px</translation>
    </message>
    <message>
        <source>The CRF loss kernel&apos;s width in intensity levels (%1).</source>
        <translation>CRF 損失核的寬度，以灰階級數計（%1）。</translation>
    </message>
    <message>
        <source>levels</source>
        <translation>級數</translation>
    </message>
    <message>
        <source>poly, cosine, step or constant.</source>
        <translation>poly、cosine、step 或 constant。</translation>
    </message>
    <message>
        <source>Linear warm-up iterations.</source>
        <translation>線性暖身的迭代次數。</translation>
    </message>
    <message>
        <source>Random scale range, e.g. 0.75,1.5.</source>
        <translation>隨機縮放範圍，例如 0.75,1.5。</translation>
    </message>
    <message>
        <source>min,max</source>
        <translation>最小,最大</translation>
    </message>
    <message>
        <source>Random rotation up to this many degrees.</source>
        <translation>隨機旋轉，最多到此角度（度）。</translation>
    </message>
    <message>
        <source>deg</source>
        <translation>角度</translation>
    </message>
    <message>
        <source>Colour jitter strength (brightness, contrast, saturation), 0 to 1.</source>
        <translation>色彩抖動強度（亮度、對比、飽和度），0 到 1。</translation>
    </message>
    <message>
        <source>Adversarial training (Luc et al. 2016): a discriminator learns to tell ground truth from predictions, and the model learns to fool it.</source>
        <translation>對抗式訓練（Luc 等人，2016）：判別器學習分辨真值與預測，模型則學習騙過判別器。</translation>
    </message>
    <message>
        <source>Weight of the adversarial term next to the segmentation loss (%1).</source>
        <translation>對抗項相對於分割損失的權重（%1）。</translation>
    </message>
    <message>
        <source>The discriminator&apos;s learning rate (%1).</source>
        <translation>判別器的學習率（%1）。</translation>
    </message>
    <message>
        <source>No random horizontal flips.</source>
        <translation>不進行隨機水平翻轉。</translation>
    </message>
    <message>
        <source>Random vertical flips too (for data without an up and down).</source>
        <translation>另外隨機上下翻轉（適用於沒有上下之分的資料）。</translation>
    </message>
    <message>
        <source>LibTorch threads (%1).</source>
        <translation>LibTorch 執行緒數（%1）。</translation>
    </message>
    <message>
        <source>all cores</source>
        <translation>所有核心</translation>
    </message>
    <message>
        <source>Random seed.</source>
        <translation>隨機種子。</translation>
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
        <source>Data-parallel training in this many processes on this machine, each with --batch images a step (set --threads to share the cores). Started by torchrun, srun or another launcher, the processes read RANK, WORLD_SIZE, LOCAL_RANK, MASTER_ADDR and MASTER_PORT instead.</source>
        <translation>在本機上以這麼多個行程進行資料平行訓練，每個行程每步處理 --batch 張影像（以 --threads 分配核心）。若由 torchrun、srun 或其他啟動器啟動，各行程改為讀取 RANK、WORLD_SIZE、LOCAL_RANK、MASTER_ADDR 與 MASTER_PORT。</translation>
    </message>
    <message>
        <source>Data-parallel communication: gloo (CPU) or nccl (CUDA).</source>
        <translation>資料平行通訊：gloo（CPU）或 nccl（CUDA）。</translation>
    </message>
    <message>
        <source>Validation share when the dataset has no split files (%1).</source>
        <translation>資料集沒有劃分檔案時，驗證集所占的比例（%1）。</translation>
    </message>
    <message>
        <source>f</source>
        <translation>f</translation>
    </message>
    <message>
        <source>--data is required</source>
        <translation>必須指定 --data</translation>
    </message>
    <message>
        <source>--out is required (or --resume a checkpoint)</source>
        <translation>必須指定 --out（或以 --resume 指定檢查點）</translation>
    </message>
    <message>
        <source>--adversarial-weight and --discriminator-lr need --adversarial</source>
        <translation>--adversarial-weight 和 --discriminator-lr 需要搭配 --adversarial</translation>
    </message>
    <message>
        <source>--scale takes two numbers, e.g. 0.75,1.5</source>
        <translation>--scale 需要兩個數值，例如 0.75,1.5</translation>
    </message>
    <message>
        <source>--class-weights takes numbers, e.g. 0.5,1,1</source>
        <translation>--class-weights 需要數值，例如 0.5,1,1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>--backend is gloo or nccl</source>
        <translation>--backend 只能是 gloo 或 nccl</translation>
    </message>
    <message>
        <source>Finished: best mIoU %1 at epoch %2; checkpoints in %3</source>
        <translation>完成：最佳 mIoU 為 %1（第 %2 個週期）；檢查點位於 %3</translation>
    </message>
    <message>
        <source>Stopped after %1 complete epochs. Continue with: --resume %2</source>
        <translation>已在完成 %1 個週期後停止。若要繼續，請使用：--resume %2</translation>
    </message>
    <message>
        <source>rank %1: </source>
        <translation>行程 %1：</translation>
    </message>
    <message>
        <source>Training failed: %1</source>
        <translation>訓練失敗：%1</translation>
    </message>
</context>
<context>
    <name>seg::ui::Annotator</name>
    <message>
        <source>&lt;opened&gt;</source>
        <translation>&lt;開啟時&gt;</translation>
    </message>
    <message>
        <source>Pre-label with model</source>
        <translation>以模型預先標註</translation>
    </message>
    <message>
        <source>Pre-labelled %1 with %2: correct what is wrong.</source>
        <translation>已用 %2 預先標註 %1：請修正錯誤之處。</translation>
    </message>
    <message>
        <source>Painting Tools</source>
        <translation>繪製工具</translation>
    </message>
    <message>
        <source>Painting Options</source>
        <translation>繪製選項</translation>
    </message>
    <message>
        <source>Brush</source>
        <translation>筆刷</translation>
    </message>
    <message>
        <source>Paint the current class; Shift+click draws a straight line</source>
        <translation>以目前類別繪製；按住 Shift 點選可畫直線</translation>
    </message>
    <message>
        <source>Eraser</source>
        <translation>橡皮擦</translation>
    </message>
    <message>
        <source>Make pixels unlabelled again</source>
        <translation>將像素恢復為未標註</translation>
    </message>
    <message>
        <source>Fill</source>
        <translation>填滿</translation>
    </message>
    <message>
        <source>Fill the region of similar colour under the click</source>
        <translation>填滿點選處顏色相近的區域</translation>
    </message>
    <message>
        <source>Polygon</source>
        <translation>多邊形</translation>
    </message>
    <message>
        <source>Click the corners; double-click or Enter fills</source>
        <translation>依序點選各頂點；按兩下或按 Enter 即填滿</translation>
    </message>
    <message>
        <source>Lasso</source>
        <translation>套索</translation>
    </message>
    <message>
        <source>Drag around an area to fill it</source>
        <translation>拖曳圈出一個區域以填滿</translation>
    </message>
    <message>
        <source>Rectangle</source>
        <translation>矩形</translation>
    </message>
    <message>
        <source>Drag to fill a rectangle</source>
        <translation>拖曳以填滿一個矩形</translation>
    </message>
    <message>
        <source>Pick Class</source>
        <translation>吸取類別</translation>
    </message>
    <message>
        <source>Click a pixel to paint with its class (or Alt+click with any tool)</source>
        <translation>點選像素以改用其類別繪製（或在任何工具下按住 Alt 點選）</translation>
    </message>
    <message>
        <source>GrabCut</source>
        <translation>GrabCut</translation>
    </message>
    <message>
        <source>Drag a box around an object; labels inside the box guide it (the current class as object, others as background)</source>
        <translation>在物件周圍拖曳出方框；方框內的標註會引導分割（目前類別為物件，其他類別為背景）</translation>
    </message>
    <message>
        <source>Superpixel</source>
        <translation>超像素</translation>
    </message>
    <message>
        <source>Click to fill the superpixel (a patch of similar colour) under the cursor</source>
        <translation>點選以填滿游標下的超像素（一塊顏色相近的區域）</translation>
    </message>
    <message>
        <source>Scissors</source>
        <translation>智慧剪刀</translation>
    </message>
    <message>
        <source>Click points along an object&apos;s edge; the path follows the edges; double-click closes and fills</source>
        <translation>沿著物件邊緣依序點選；路徑會貼合邊緣；按兩下即封閉並填滿</translation>
    </message>
    <message>
        <source>Accept in Box</source>
        <translation>在方框內接受</translation>
    </message>
    <message>
        <source>Live mode: drag a box; the live prediction fills the unlabelled pixels inside it</source>
        <translation>即時模式：拖曳出方框；以即時預測填滿方框內未標註的像素</translation>
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
        <translation>筆刷大小：[ 和 ]，或 Ctrl+滾輪</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>圓形</translation>
    </message>
    <message>
        <source>Square</source>
        <translation>方形</translation>
    </message>
    <message>
        <source> Paint over </source>
        <translation> 覆蓋範圍 </translation>
    </message>
    <message>
        <source>anything</source>
        <translation>任何像素</translation>
    </message>
    <message>
        <source>unlabelled only</source>
        <translation>僅未標註</translation>
    </message>
    <message>
        <source>the picked class only</source>
        <translation>僅吸取的類別</translation>
    </message>
    <message>
        <source>Which pixels strokes and fills may change</source>
        <translation>筆畫與填滿可以變更哪些像素</translation>
    </message>
    <message>
        <source> Tolerance </source>
        <translation> 容許度 </translation>
    </message>
    <message>
        <source>Fill: how far a colour may be from the clicked pixel&apos;s</source>
        <translation>填滿：顏色與點選像素之顏色的最大容許差距</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>復原(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Fill Unlabelled with Current Class</source>
        <translation>以目前類別填滿未標註區域</translation>
    </message>
    <message>
        <source>Replace Class...</source>
        <translation>取代類別...</translation>
    </message>
    <message>
        <source>Turn every pixel of one class into another in this mask</source>
        <translation>將此遮罩中某一類別的所有像素改為另一個類別</translation>
    </message>
    <message>
        <source>Replace Class</source>
        <translation>取代類別</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>取代</translation>
    </message>
    <message>
        <source>with</source>
        <translation>改為</translation>
    </message>
    <message>
        <source>Pre-label with Model</source>
        <translation>以模型預先標註</translation>
    </message>
    <message>
        <source>Run a trained model on this image; its prediction fills the unlabelled pixels</source>
        <translation>在此影像上執行已訓練的模型；以其預測填滿未標註的像素</translation>
    </message>
    <message>
        <source>Grow Labels to Edges</source>
        <translation>將標註擴展至邊緣</translation>
    </message>
    <message>
        <source>Watershed: every unlabelled pixel takes the class of the scribble that reaches it first along the image&apos;s edges</source>
        <translation>分水嶺：每個未標註像素取沿影像邊緣最先到達它的塗鴉之類別</translation>
    </message>
    <message>
        <source>Replace class</source>
        <translation>取代類別</translation>
    </message>
    <message>
        <source>Predicting %1 with %2...</source>
        <translation>正在以 %2 預測 %1...</translation>
    </message>
    <message>
        <source>Scribble a few strokes of each class first.</source>
        <translation>請先為每個類別畫幾筆塗鴉。</translation>
    </message>
    <message>
        <source>Grow labels</source>
        <translation>擴展標註</translation>
    </message>
    <message>
        <source>Growing the labels of %1</source>
        <translation>正在擴展 %1 的標註</translation>
    </message>
    <message>
        <source>%1 stays open: its edits could not be saved.</source>
        <translation>%1 保持開啟：其編輯無法儲存。</translation>
    </message>
    <message>
        <source>Opening %1</source>
        <translation>正在開啟 %1</translation>
    </message>
    <message numerus="yes">
        <source>Recovered %n unsaved edit(s) of %1 from the autosave journal.</source>
        <translation>
            <numerusform>已從自動儲存記錄中恢復 %1 的 %n 項未儲存編輯。</numerusform>
        </translation>
    </message>
    <message>
        <source>The mask of %1 was not saved: %2
Its edits are kept in the autosave journal and come back when the image is opened again.</source>
        <translation>%1 的遮罩未儲存：%2
其編輯保留在自動儲存記錄中，再次開啟此影像時會恢復。</translation>
    </message>
    <message>
        <source>The mask of %1 was not saved: %2
The image stays open so that its edits are not lost; free the folder and save again.</source>
        <translation>%1 的遮罩未儲存：%2
此影像保持開啟以免編輯遺失；請讓該資料夾可以寫入後再儲存一次。</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已儲存 %1</translation>
    </message>
    <message>
        <source>%1 has no labels left: it counts as unlabelled again.</source>
        <translation>%1 已沒有任何標註：重新視為未標註。</translation>
    </message>
    <message>
        <source>Fill unlabelled</source>
        <translation>填滿未標註區域</translation>
    </message>
</context>
<context>
    <name>seg::ui::BatchPredictionDialog</name>
    <message>
        <source>Batch Prediction</source>
        <translation>批次預測</translation>
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
        <translation>瀏覽...</translation>
    </message>
    <message>
        <source>Choose a Folder</source>
        <translation>選擇資料夾</translation>
    </message>
    <message>
        <source>Images (a folder, or one file):</source>
        <translation>影像（資料夾或單一檔案）：</translation>
    </message>
    <message>
        <source>only for change detection models</source>
        <translation>僅適用於變化偵測模型</translation>
    </message>
    <message>
        <source>A change detection model compares two dates: the after image, or a folder of after images named as the images above</source>
        <translation>變化偵測模型會比較兩期影像：後期影像，或與上方影像同名的後期影像資料夾</translation>
    </message>
    <message>
        <source>After images (change pairs):</source>
        <translation>後期影像（變化影像對）：</translation>
    </message>
    <message>
        <source>Masks to folder:</source>
        <translation>遮罩輸出資料夾：</translation>
    </message>
    <message>
        <source>Also write overlays (the image with its mask blended in)</source>
        <translation>另寫出疊加圖（混入遮罩的影像）</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Larger images are predicted in overlapping tiles of this size</source>
        <translation>較大的影像會以此尺寸的重疊圖塊進行預測</translation>
    </message>
    <message>
        <source>Tile size:</source>
        <translation>圖塊尺寸：</translation>
    </message>
    <message>
        <source>Post-processing:</source>
        <translation>後處理：</translation>
    </message>
    <message>
        <source>Predict</source>
        <translation>預測</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Choose a Model</source>
        <translation>選擇模型</translation>
    </message>
    <message>
        <source>Models (*.pt *.pth *.torchscript);;All files (*)</source>
        <translation>模型 (*.pt *.pth *.torchscript);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>Stopped: wrote %1 of %2 masks to %3</source>
        <translation>已停止：已將 %2 個遮罩中的 %1 個寫入 %3</translation>
    </message>
    <message>
        <source>Wrote %1 masks to %2</source>
        <translation>已將 %1 個遮罩寫入 %2</translation>
    </message>
    <message>
        <source>Predicting %1</source>
        <translation>正在預測 %1</translation>
    </message>
</context>
<context>
    <name>seg::ui::ChangeFoldersDialog</name>
    <message>
        <source>Folders of the Change Pairs</source>
        <translation>變化影像對的資料夾</translation>
    </message>
    <message>
        <source>SegStudio does not recognise the layout of %1. If it holds change pairs (two images of the same place at two dates, matched by file name, and masks of what changed), choose its folders.</source>
        <translation>SegStudio 無法辨識 %1 的結構。若其中是變化影像對（同一地點於兩個日期拍攝、依檔名配對的影像，以及變化之處的遮罩），請選擇其各個資料夾。</translation>
    </message>
    <message>
        <source>(none: no labels yet)</source>
        <translation>（無：尚未標註）</translation>
    </message>
    <message>
        <source>Before images:</source>
        <translation>前期影像：</translation>
    </message>
    <message>
        <source>After images:</source>
        <translation>後期影像：</translation>
    </message>
    <message>
        <source>Change masks (0 unchanged, 255 change):</source>
        <translation>變化遮罩（0 未變化，255 變化）：</translation>
    </message>
    <message>
        <source>The folder needs at least two subfolders: the before and after images.</source>
        <translation>此資料夾至少需要兩個子資料夾：前期影像與後期影像。</translation>
    </message>
    <message>
        <source>The before and after images must be in different folders.</source>
        <translation>前期影像與後期影像必須位於不同的資料夾。</translation>
    </message>
    <message>
        <source>The change masks must be in a folder of their own.</source>
        <translation>變化遮罩必須單獨放在一個資料夾中。</translation>
    </message>
</context>
<context>
    <name>seg::ui::ClassEditorDialog</name>
    <message>
        <source>Edit Classes</source>
        <translation>編輯類別</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>顏色</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>新增(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
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
        <translation>按兩下以變更顏色</translation>
    </message>
    <message>
        <source>class %1</source>
        <translation>類別 %1</translation>
    </message>
    <message>
        <source>Colour of %1</source>
        <translation>%1 的顏色</translation>
    </message>
    <message>
        <source>Every mask keeps its meaning: masks are rewritten only if classes move.</source>
        <translation>每個遮罩的意義保持不變：只有在類別順序變動時才會重寫遮罩。</translation>
    </message>
    <message numerus="yes">
        <source>%n removed class(es): their pixels become unlabelled in every mask.</source>
        <translation>
            <numerusform>移除了 %n 個類別：其像素在所有遮罩中都會變為未標註。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>seg::ui::ClassFrequencyChart</name>
    <message>
        <source>Share, %</source>
        <translation>占比，%</translation>
    </message>
    <message>
        <source>Open a project to see how often each class occurs.</source>
        <translation>開啟專案以查看各類別出現的頻率。</translation>
    </message>
    <message>
        <source>Counting class pixels...</source>
        <translation>正在計算類別像素...</translation>
    </message>
    <message>
        <source>Counting class pixels</source>
        <translation>正在計算類別像素</translation>
    </message>
    <message>
        <source>No labelled pixels yet.</source>
        <translation>尚無已標註的像素。</translation>
    </message>
    <message>
        <source>%1 labelled pixels; %2 unlabelled (ignored).</source>
        <translation>已標註像素 %1 個；未標註 %2 個（忽略）。</translation>
    </message>
</context>
<context>
    <name>seg::ui::ClassNamesDialog</name>
    <message>
        <source>Classes of the New Project</source>
        <translation>新專案的類別</translation>
    </message>
    <message>
        <source>One class per line, background first. Pixels you do not paint stay unlabelled, so no class is needed for them. Project &gt; Edit Classes changes them later.</source>
        <translation>每行一個類別，背景放在第一行。未繪製的像素會保持未標註，因此不需要為其設類別。之後可透過「專案 &gt; 編輯類別」修改。</translation>
    </message>
    <message>
        <source>background</source>
        <translation>背景</translation>
    </message>
    <message>
        <source>object</source>
        <translation>物件</translation>
    </message>
    <message>
        <source>Load labels.txt...</source>
        <translation>載入 labels.txt...</translation>
    </message>
    <message>
        <source>Load Class Names</source>
        <translation>載入類別名稱</translation>
    </message>
    <message>
        <source>Label lists (*.txt)</source>
        <translation>標籤清單 (*.txt)</translation>
    </message>
    <message>
        <source>Name at least one class.</source>
        <translation>請至少為一個類別命名。</translation>
    </message>
    <message>
        <source>At most %1 classes.</source>
        <translation>最多 %1 個類別。</translation>
    </message>
    <message>
        <source>Each class needs its own name.</source>
        <translation>每個類別都需要不同的名稱。</translation>
    </message>
</context>
<context>
    <name>seg::ui::ClassPalette</name>
    <message>
        <source>Unlabelled: %1 px</source>
        <translation>未標註：%1 px</translation>
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
        <translation>模型（最多勾選 %1 個）</translation>
    </message>
    <message>
        <source>Add Model File...</source>
        <translation>新增模型檔案...</translation>
    </message>
    <message>
        <source>A SegStudio checkpoint or a TorchScript model saved from PyTorch</source>
        <translation>SegStudio 檢查點，或從 PyTorch 儲存的 TorchScript 模型</translation>
    </message>
    <message>
        <source>Add a Model</source>
        <translation>新增模型</translation>
    </message>
    <message>
        <source>Models (*.pt *.pth *.torchscript);;All files (*)</source>
        <translation>模型 (*.pt *.pth *.torchscript);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>At most %1 models are compared at once</source>
        <translation>一次最多比較 %1 個模型</translation>
    </message>
    <message>
        <source>This Image</source>
        <translation>此影像</translation>
    </message>
    <message>
        <source>Validation Images</source>
        <translation>驗證影像</translation>
    </message>
    <message>
        <source>Validation Metrics</source>
        <translation>驗證指標</translation>
    </message>
    <message>
        <source>%1 knows other classes than this project: its metrics are not shown</source>
        <translation>%1 的類別與此專案不同：不顯示其指標</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>顯示：</translation>
    </message>
    <message>
        <source>Prediction</source>
        <translation>預測</translation>
    </message>
    <message>
        <source>Errors against ground truth</source>
        <translation>與真值比對的錯誤</translation>
    </message>
    <message>
        <source>Confidence (top probability)</source>
        <translation>信心度（最高機率）</translation>
    </message>
    <message>
        <source>Uncertainty (entropy)</source>
        <translation>不確定性（熵）</translation>
    </message>
    <message>
        <source>Probability of a class</source>
        <translation>某類別的機率</translation>
    </message>
    <message>
        <source>Disagreement of two models</source>
        <translation>兩個模型的歧異</translation>
    </message>
    <message>
        <source>The class whose probability is shown</source>
        <translation>要顯示其機率的類別</translation>
    </message>
    <message>
        <source>First model of the disagreement map</source>
        <translation>歧異圖的第一個模型</translation>
    </message>
    <message>
        <source>Second model of the disagreement map</source>
        <translation>歧異圖的第二個模型</translation>
    </message>
    <message>
        <source>Opacity:</source>
        <translation>不透明度：</translation>
    </message>
    <message>
        <source>Ground truth outlines</source>
        <translation>真值輪廓</translation>
    </message>
    <message>
        <source>Draw the ground truth&apos;s outlines over every model&apos;s pane</source>
        <translation>在每個模型的窗格上繪出真值的輪廓</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>Classes shown in the ground truth and the predictions</source>
        <translation>在真值與預測中顯示的類別</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>符合視窗</translation>
    </message>
    <message>
        <source>Show the whole image in every pane</source>
        <translation>在每個窗格中顯示整張影像</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>前期</translation>
    </message>
    <message>
        <source>After</source>
        <translation>後期</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>影像</translation>
    </message>
    <message>
        <source>Ground truth</source>
        <translation>真值</translation>
    </message>
    <message>
        <source>Disagreement</source>
        <translation>歧異</translation>
    </message>
    <message>
        <source>Choose an image in the Images list</source>
        <translation>請在影像清單中選擇一張影像</translation>
    </message>
    <message>
        <source>Ground truth (none: the image is unlabelled)</source>
        <translation>真值（無：此影像未標註）</translation>
    </message>
    <message>
        <source>%1 (predicting...)</source>
        <translation>%1（正在預測...）</translation>
    </message>
    <message>
        <source>%1 (loading...)</source>
        <translation>%1（正在載入...）</translation>
    </message>
    <message>
        <source>%1 (no ground truth to compare with)</source>
        <translation>%1（沒有可比對的真值）</translation>
    </message>
    <message>
        <source>Tick two models and choose two different ones above</source>
        <translation>請勾選兩個模型，並在上方選擇兩個不同的模型</translation>
    </message>
    <message>
        <source>Disagreement: %1 vs %2</source>
        <translation>歧異：%1 與 %2</translation>
    </message>
    <message>
        <source>Waiting for both predictions...</source>
        <translation>正在等待兩個預測...</translation>
    </message>
    <message>
        <source>Disagreement: %1 vs %2 (%3% of pixels differ)</source>
        <translation>歧異：%1 與 %2（%3% 的像素不同）</translation>
    </message>
    <message>
        <source>Pixel accuracy %</source>
        <translation>像素準確率 %</translation>
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
        <translation>此影像上表現最好的模型</translation>
    </message>
    <message>
        <source>(0 sure, 1 a uniform guess)</source>
        <translation>（0 為確定，1 為均勻猜測）</translation>
    </message>
    <message>
        <source>(probability)</source>
        <translation>（機率）</translation>
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
        <source> (mIoU %1)</source>
        <translation>（mIoU %1）</translation>
    </message>
    <message>
        <source>At most %1 models are compared at once: untick one first</source>
        <translation>一次最多比較 %1 個模型：請先取消勾選其中一個</translation>
    </message>
</context>
<context>
    <name>seg::ui::DatasetListModel</name>
    <message>
        <source>%1
%2% unsure</source>
        <extracomment>Under an image&apos;s name in the images list: how unsure the model is about it.</extracomment>
        <translation>%1
%2% 不確定</translation>
    </message>
    <message>
        <source>%1
Mean uncertainty of the model&apos;s prediction: %2 (0 sure, 1 a guess)</source>
        <translation>%1
模型預測的平均不確定性：%2（0 為確定，1 為猜測）</translation>
    </message>
    <message>
        <source>Thumbnail of %1</source>
        <translation>%1 的縮圖</translation>
    </message>
</context>
<context>
    <name>seg::ui::DemoProjectJob</name>
    <message>
        <source>Creating the demo project (synthetic shapes)...</source>
        <translation>正在建立示範專案（合成形狀）...</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Demo project</source>
        <translation>示範專案</translation>
    </message>
    <message>
        <source>Creating the demo project was cancelled.</source>
        <translation>已取消建立示範專案。</translation>
    </message>
</context>
<context>
    <name>seg::ui::DenseCrfButton</name>
    <message>
        <source>Dense CRF</source>
        <translation>密集 CRF</translation>
    </message>
    <message>
        <source>CRF Settings…</source>
        <translation>CRF 設定…</translation>
    </message>
    <message>
        <source>Refine every model&apos;s prediction with a fully connected CRF (%1 iterations; appearance %2, %3 px, %4; smoothness %5, %6 px). Slower: each image takes longer to predict and score.</source>
        <translation>以全連接 CRF 精修每個模型的預測（%1 次迭代；外觀 %2、%3 px、%4；平滑 %5、%6 px）。速度較慢：每張影像的預測與評分都需要更久。</translation>
    </message>
</context>
<context>
    <name>seg::ui::DenseCrfDialog</name>
    <message>
        <source>Dense CRF Settings</source>
        <translation>密集 CRF 設定</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>In 8-bit intensity levels</source>
        <translation>以 8 位元灰階級數計</translation>
    </message>
    <message>
        <source>A fully connected CRF refines every model&apos;s probabilities: pixels close in position and colour lean to the same class (appearance), and so do neighbours (smoothness).</source>
        <translation>全連接 CRF 會精修每個模型的機率：位置與顏色相近的像素傾向歸為同一類別（外觀），相鄰像素亦然（平滑）。</translation>
    </message>
    <message>
        <source>Mean-field iterations</source>
        <translation>平均場迭代次數</translation>
    </message>
    <message>
        <source>Appearance weight</source>
        <translation>外觀權重</translation>
    </message>
    <message>
        <source>Appearance spatial width</source>
        <translation>外觀空間寬度</translation>
    </message>
    <message>
        <source>Appearance colour width</source>
        <translation>外觀顏色寬度</translation>
    </message>
    <message>
        <source>Smoothness weight</source>
        <translation>平滑權重</translation>
    </message>
    <message>
        <source>Smoothness spatial width</source>
        <translation>平滑空間寬度</translation>
    </message>
</context>
<context>
    <name>seg::ui::EpochDetails</name>
    <message>
        <source>No epoch evaluated yet.</source>
        <translation>尚未評估任何週期。</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>類別</translation>
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
        <translation>準確率</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>精確率</translation>
    </message>
    <message>
        <source>Predicted</source>
        <translation>預測</translation>
    </message>
    <message>
        <source>Ground truth</source>
        <translation>真值</translation>
    </message>
    <message>
        <source>Epoch %1: mIoU %2, pixel accuracy %3</source>
        <translation>週期 %1：mIoU %2，像素準確率 %3</translation>
    </message>
</context>
<context>
    <name>seg::ui::ImageScoresModel</name>
    <message>
        <source>Image</source>
        <translation>影像</translation>
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
        <translation>像素準確率 %
%1</translation>
    </message>
    <message>
        <source>Worst class</source>
        <translation>最差類別</translation>
    </message>
    <message>
        <source>Its IoU %</source>
        <translation>其 IoU %</translation>
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
        <source>Live learning stopped before the model was saved as a run</source>
        <translation>即時學習在模型儲存為執行之前就已停止</translation>
    </message>
    <message>
        <source>The live model was not saved as a run: %1</source>
        <translation>即時模型未能儲存為執行：%1</translation>
    </message>
    <message>
        <source>Live learning paused: %1</source>
        <translation>即時學習已暫停：%1</translation>
    </message>
</context>
<context>
    <name>seg::ui::LiveMode</name>
    <message>
        <source>Kept the live model as run %1 (no validation images to score it on)</source>
        <translation>已將即時模型保留為執行 %1（沒有可用來評分的驗證影像）</translation>
    </message>
    <message>
        <source>Kept the live model as run %1: validation mIoU %2</source>
        <translation>已將即時模型保留為執行 %1：驗證 mIoU 為 %2</translation>
    </message>
    <message>
        <source>Live Learning</source>
        <translation>即時學習</translation>
    </message>
    <message>
        <source>Live learning (Ctrl+L): a network learns from what you paint, as you paint, and its prediction of this image shows under your strokes</source>
        <translation>即時學習（Ctrl+L）：網路會在您繪製的同時從繪製內容中學習，其對此影像的預測會顯示在您的筆畫下方</translation>
    </message>
    <message>
        <source>Pause Live Learning</source>
        <translation>暫停即時學習</translation>
    </message>
    <message>
        <source>Reset Live Model</source>
        <translation>重設即時模型</translation>
    </message>
    <message>
        <source>Start the live model afresh (your labels stay)</source>
        <translation>重新開始訓練即時模型（您的標註會保留）</translation>
    </message>
    <message>
        <source>Show Uncertainty</source>
        <translation>顯示不確定性</translation>
    </message>
    <message>
        <source>Show where the live model is least sure (the brighter, the less sure): paint there next</source>
        <translation>顯示即時模型最沒把握的位置（越亮越不確定）：接下來就在那裡繪製</translation>
    </message>
    <message>
        <source>Accept Prediction</source>
        <translation>接受預測</translation>
    </message>
    <message>
        <source>Every unlabelled pixel of this image takes the live prediction (one undo step)</source>
        <translation>此影像的每個未標註像素都採用即時預測（一個復原步驟）</translation>
    </message>
    <message>
        <source>Accept Prediction for Current Class</source>
        <translation>接受目前類別的預測</translation>
    </message>
    <message>
        <source>Unlabelled pixels predicted as the current class take it (one undo step)</source>
        <translation>被預測為目前類別的未標註像素改為該類別（一個復原步驟）</translation>
    </message>
    <message>
        <source>Keep Live Model as Run</source>
        <translation>將即時模型保留為執行</translation>
    </message>
    <message>
        <source>Save the live model as an ordinary run, scored on the validation images</source>
        <translation>將即時模型儲存為一般執行，並在驗證影像上評分</translation>
    </message>
    <message>
        <source>Live: paint a few strokes of each class</source>
        <translation>即時：請為每個類別畫幾筆</translation>
    </message>
    <message>
        <source>%1 is a validation image: live learning predicts it but does not learn from it, so that runs are scored honestly</source>
        <translation>%1 是驗證影像：即時學習會預測它，但不會從中學習，以確保執行的評分公正</translation>
    </message>
    <message numerus="yes">
        <source>Live learning skips %n unreadable training image(s)</source>
        <translation>
            <numerusform>即時學習略過了 %n 張無法讀取的訓練影像</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the training labels</source>
        <translation>正在讀取訓練標註</translation>
    </message>
    <message numerus="yes">
        <source>Live: %1 iterations, loss %2, %n labelled training image(s)</source>
        <translation>
            <numerusform>即時：%1 次迭代，損失 %2，%n 張已標註的訓練影像</numerusform>
        </translation>
    </message>
    <message>
        <source>Accept live prediction</source>
        <translation>接受即時預測</translation>
    </message>
    <message>
        <source>Accept live prediction of %1</source>
        <translation>接受 %1 的即時預測</translation>
    </message>
    <message>
        <source>Saving the live model as a run...</source>
        <translation>正在將即時模型儲存為執行...</translation>
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
        <translation>開啟專案（檔案 &gt; 開啟專案）或示範專案（檔案 &gt; 開啟示範專案）。</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>影像</translation>
    </message>
    <message>
        <source>Training</source>
        <comment>the tab with the training charts</comment>
        <translation>訓練</translation>
    </message>
    <message>
        <source>Compare</source>
        <comment>the tab comparing models&apos; predictions</comment>
        <translation>比較</translation>
    </message>
    <message>
        <source>%1 is hidden by the Images list&apos;s filter</source>
        <translation>%1 被影像清單的篩選條件隱藏了</translation>
    </message>
    <message>
        <source>Cannot export the model</source>
        <translation>無法匯出模型</translation>
    </message>
    <message>
        <source>All images</source>
        <translation>所有影像</translation>
    </message>
    <message>
        <source>Training</source>
        <comment>the training split</comment>
        <translation>訓練集</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>驗證集</translation>
    </message>
    <message>
        <source>Unlabelled</source>
        <translation>未標註</translation>
    </message>
    <message>
        <source>Labelled</source>
        <translation>已標註</translation>
    </message>
    <message>
        <source>Project order</source>
        <translation>專案順序</translation>
    </message>
    <message>
        <source>Most uncertain first</source>
        <translation>最不確定的在前</translation>
    </message>
    <message>
        <source>Most uncertain first: the images a model is least sure about, to label next. Scores come from Project &gt; Rank Unlabelled Images by Uncertainty, and from live mode as it learns.</source>
        <translation>最不確定的在前：模型最沒把握的影像，適合接著標註。分數來自「專案 &gt; 依不確定性排序未標註影像」，以及即時模式在學習過程中的評分。</translation>
    </message>
    <message>
        <source>Class Frequencies</source>
        <translation>類別頻率</translation>
    </message>
    <message>
        <source>Training Settings</source>
        <translation>訓練設定</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>執行</translation>
    </message>
    <message>
        <source>Per-Class Results</source>
        <translation>各類別結果</translation>
    </message>
    <message>
        <source>Training</source>
        <comment>title of a message about a training run</comment>
        <translation>訓練</translation>
    </message>
    <message>
        <source>Cannot open project</source>
        <translation>無法開啟專案</translation>
    </message>
    <message>
        <source>A model is training on the open project. Stop it first.</source>
        <translation>目前開啟的專案正在訓練模型。請先停止訓練。</translation>
    </message>
    <message>
        <source>%1 - SegStudio</source>
        <translation>%1 - SegStudio</translation>
    </message>
    <message numerus="yes">
        <source>Opened %1: %n images</source>
        <translation>
            <numerusform>已開啟 %1：%n 張影像</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Opened %1: %n images, %2 problems found</source>
        <translation>
            <numerusform>已開啟 %1：%n 張影像，發現 %2 個問題</numerusform>
        </translation>
    </message>
    <message>
        <source>Recovered unsaved edits</source>
        <translation>已恢復未儲存的編輯</translation>
    </message>
    <message>
        <source>This project has no images in the chosen filter.</source>
        <translation>在所選的篩選條件下，此專案沒有任何影像。</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>History</source>
        <translation>歷程記錄</translation>
    </message>
    <message>
        <source>Live Learning</source>
        <translation>即時學習</translation>
    </message>
    <message>
        <source>Mask</source>
        <translation>遮罩</translation>
    </message>
    <message>
        <source>Opening %1...</source>
        <translation>正在開啟 %1...</translation>
    </message>
    <message>
        <source>%1 found no unlabelled image it could score.</source>
        <translation>%1 找不到可評分的未標註影像。</translation>
    </message>
    <message numerus="yes">
        <source>%1 ranked %n unlabelled images; the most uncertain (mean entropy %2) opens now, Ctrl+U for the next.</source>
        <translation>
            <numerusform>%1 已為 %n 張未標註影像排序；現在開啟最不確定的一張（平均熵 %2），按 Ctrl+U 開啟下一張。</numerusform>
        </translation>
    </message>
    <message>
        <source>unlabelled</source>
        <translation>未標註</translation>
    </message>
    <message>
        <source>x %1  y %2  %3</source>
        <translation>x %1  y %2  %3</translation>
    </message>
    <message>
        <source>About SegStudio</source>
        <translation>關於 SegStudio</translation>
    </message>
    <message>
        <source>&lt;h3&gt;SegStudio %1&lt;/h3&gt;&lt;p&gt;A workbench for semantic segmentation: paint masks, train models, compare them.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;SegStudio %1&lt;/h3&gt;&lt;p&gt;語意分割工作台：繪製遮罩、訓練模型，並加以比較。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Export Chart Data</source>
        <translation>匯出圖表資料</translation>
    </message>
    <message>
        <source>Export Charts</source>
        <translation>匯出圖表</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 檔案 (*.csv)</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>PNG 影像 (*.png);;SVG 向量圖 (*.svg);;PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已儲存 %1</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>匯出失敗</translation>
    </message>
    <message>
        <source>%1 could not be written.</source>
        <translation>無法寫入 %1。</translation>
    </message>
    <message>
        <source>Training is running</source>
        <translation>正在訓練</translation>
    </message>
    <message>
        <source>Stop training and quit? The run keeps its last checkpoint and can be resumed.</source>
        <translation>要停止訓練並結束嗎？此執行會保留最後一個檢查點，之後可以繼續。</translation>
    </message>
    <message>
        <source>Unsaved edits</source>
        <translation>未儲存的編輯</translation>
    </message>
    <message>
        <source>The edits of %1 cannot be saved (see the message before). Quit and lose them?</source>
        <translation>%1 的編輯無法儲存（請見前一則訊息）。要結束並捨棄這些編輯嗎？</translation>
    </message>
    <message>
        <source>System Default</source>
        <translation>系統預設</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <source>SegStudio speaks the language you chose from its next start. Restart now?</source>
        <translation>SegStudio 將在下次啟動時使用您選擇的語言。要立即重新啟動嗎？</translation>
    </message>
    <message>
        <source>Restart Now</source>
        <translation>立即重新啟動</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>稍後</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New Project from Dataset...</source>
        <translation>從資料集新增專案(&amp;N)...</translation>
    </message>
    <message>
        <source>New Project from &amp;Image Folder...</source>
        <translation>從影像資料夾新增專案(&amp;I)...</translation>
    </message>
    <message>
        <source>&amp;Open Project...</source>
        <translation>開啟專案(&amp;O)...</translation>
    </message>
    <message>
        <source>&amp;Save Project</source>
        <translation>儲存專案(&amp;S)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近開啟(&amp;R)</translation>
    </message>
    <message>
        <source>Open &amp;Demo Project</source>
        <translation>開啟示範專案(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Follow a Run Folder...</source>
        <translation>追蹤執行資料夾(&amp;F)...</translation>
    </message>
    <message>
        <source>Choose a Run Folder to Follow (one with metrics.csv)</source>
        <translation>選擇要追蹤的執行資料夾（含 metrics.csv）</translation>
    </message>
    <message>
        <source>Show the curves of a run that another process or machine is training, and follow them as it writes: a run folder on a shared or synced disk. Read-only.</source>
        <translation>顯示另一個行程或另一台電腦正在訓練之執行的曲線，並隨其寫入持續更新：共用或同步磁碟上的執行資料夾。唯讀。</translation>
    </message>
    <message>
        <source>Export Charts as &amp;Image...</source>
        <translation>將圖表匯出為影像(&amp;I)...</translation>
    </message>
    <message>
        <source>Export Charts as &amp;CSV...</source>
        <translation>將圖表匯出為 CSV(&amp;C)...</translation>
    </message>
    <message>
        <source>Export &amp;Model for PyTorch...</source>
        <translation>匯出 PyTorch 模型(&amp;M)...</translation>
    </message>
    <message>
        <source>Write a trained model as a TorchScript file that PyTorch loads with torch.jit.load</source>
        <translation>將已訓練的模型寫成 TorchScript 檔案，供 PyTorch 以 torch.jit.load 載入</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編輯(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Live</source>
        <translation>即時(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Project</source>
        <translation>專案(&amp;P)</translation>
    </message>
    <message>
        <source>Edit &amp;Classes...</source>
        <translation>編輯類別(&amp;C)...</translation>
    </message>
    <message>
        <source>Choose &amp;Model for Assistance...</source>
        <translation>選擇輔助標註模型(&amp;M)...</translation>
    </message>
    <message>
        <source>&amp;Rank Unlabelled Images by Uncertainty</source>
        <translation>依不確定性排序未標註影像(&amp;R)</translation>
    </message>
    <message>
        <source>The trained model scores each unlabelled image; label the most uncertain first</source>
        <translation>由已訓練的模型為每張未標註影像評分；請先標註最不確定的影像</translation>
    </message>
    <message>
        <source>Next Most &amp;Uncertain Image</source>
        <translation>下一張最不確定的影像(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Batch Prediction...</source>
        <translation>批次預測(&amp;B)...</translation>
    </message>
    <message>
        <source>Predict a folder of images into masks with a trained model</source>
        <translation>以已訓練的模型將一個資料夾的影像預測為遮罩</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>檢視(&amp;V)</translation>
    </message>
    <message>
        <source>Show &amp;Mask</source>
        <translation>顯示遮罩(&amp;M)</translation>
    </message>
    <message>
        <source>Mask &amp;Outlines Only</source>
        <translation>僅顯示遮罩輪廓(&amp;O)</translation>
    </message>
    <message>
        <source>Show &amp;After Image</source>
        <translation>顯示後期影像(&amp;A)</translation>
    </message>
    <message>
        <source>Change pairs: show the after image instead of the before image (A flips between them); the mask stays the same</source>
        <translation>變化影像對：顯示後期影像而非前期影像（按 A 切換兩者）；遮罩維持不變</translation>
    </message>
    <message>
        <source>Zoom to &amp;Fit</source>
        <translation>縮放至符合視窗(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Actual Pixels</source>
        <translation>實際像素(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Next Image</source>
        <translation>下一張影像(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Previous Image</source>
        <translation>上一張影像(&amp;P)</translation>
    </message>
    <message>
        <source>Next &amp;Unlabelled Image</source>
        <translation>下一張未標註影像(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Images</source>
        <translation>影像(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Training Charts</source>
        <translation>訓練圖表(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Compare Models</source>
        <translation>比較模型(&amp;C)</translation>
    </message>
    <message>
        <source>Show Model &amp;Prediction</source>
        <translation>顯示模型預測(&amp;P)</translation>
    </message>
    <message>
        <source>The model&apos;s prediction of this image as outlines over the painting (Fix Label in the Compare tab)</source>
        <translation>以輪廓形式在繪製內容上顯示模型對此影像的預測（即「比較」分頁中的「修正標註」）</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>語言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Training</source>
        <translation>訓練(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Start Training</source>
        <translation>開始訓練(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Pause Training</source>
        <translation>暫停訓練(&amp;P)</translation>
    </message>
    <message>
        <source>S&amp;top Training</source>
        <translation>停止訓練(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>說明(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About SegStudio</source>
        <translation>關於 SegStudio(&amp;A)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主工具列</translation>
    </message>
    <message>
        <source>Mask opacity </source>
        <translation>遮罩不透明度 </translation>
    </message>
    <message>
        <source>Opacity of the mask over the image</source>
        <translation>影像上遮罩的不透明度</translation>
    </message>
    <message>
        <source>&amp;Resume Training</source>
        <translation>繼續訓練(&amp;R)</translation>
    </message>
    <message>
        <source>A model is being exported already</source>
        <translation>已有模型正在匯出</translation>
    </message>
    <message>
        <source>Export Model: Choose a Checkpoint</source>
        <translation>匯出模型：選擇檢查點</translation>
    </message>
    <message>
        <source>SegStudio checkpoints (*.pt)</source>
        <translation>SegStudio 檢查點 (*.pt)</translation>
    </message>
    <message>
        <source>Export Model: TorchScript File</source>
        <translation>匯出模型：TorchScript 檔案</translation>
    </message>
    <message>
        <source>TorchScript (*.pt)</source>
        <translation>TorchScript (*.pt)</translation>
    </message>
    <message>
        <source>Exporting %1...</source>
        <translation>正在匯出 %1...</translation>
    </message>
    <message>
        <source>The model&apos;s prediction is drawn as outlines (View &gt; Show Model Prediction)</source>
        <translation>模型的預測以輪廓顯示（檢視 &gt; 顯示模型預測）</translation>
    </message>
    <message>
        <source>Cannot create the demo project</source>
        <translation>無法建立示範專案</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>開啟專案</translation>
    </message>
    <message>
        <source>SegStudio projects (project.json)</source>
        <translation>SegStudio 專案 (project.json)</translation>
    </message>
    <message>
        <source>Choose a Dataset Folder (VOC, PennFudan, images/ and masks/, or change pairs)</source>
        <translation>選擇資料集資料夾（VOC、PennFudan、images/ 與 masks/，或變化影像對）</translation>
    </message>
    <message>
        <source>Choose a Folder of Images to Annotate</source>
        <translation>選擇要標註的影像資料夾</translation>
    </message>
    <message>
        <source>Cannot create a project here</source>
        <translation>無法在此處建立專案</translation>
    </message>
    <message numerus="yes">
        <source>SegStudio did not close properly last time. The unsaved edits of %n image(s) were recovered from the autosave journal and saved:</source>
        <translation>
            <numerusform>SegStudio 上次未正常關閉。已從自動儲存記錄中恢復並儲存 %n 張影像的未儲存編輯：</numerusform>
        </translation>
    </message>
    <message>
        <source>Opening such an image shows the recovery in History, where Undo takes it back.</source>
        <translation>開啟這些影像時，可在「歷程記錄」中看到這次恢復，並可用「復原」撤銷。</translation>
    </message>
    <message>
        <source>Not recovered: %1</source>
        <translation>未能恢復：%1</translation>
    </message>
    <message>
        <source>Cannot save the project</source>
        <translation>無法儲存專案</translation>
    </message>
    <message>
        <source>No recent projects</source>
        <translation>沒有最近開啟的專案</translation>
    </message>
    <message>
        <source>Edit Classes</source>
        <translation>編輯類別</translation>
    </message>
    <message>
        <source>A model is training on these classes. Stop it first.</source>
        <translation>有模型正在以這些類別訓練。請先停止訓練。</translation>
    </message>
    <message>
        <source>The open image&apos;s edits cannot be saved, so the classes stay as they are.</source>
        <translation>目前開啟之影像的編輯無法儲存，因此類別維持不變。</translation>
    </message>
    <message>
        <source>Remapping masks...</source>
        <translation>正在重新對應遮罩...</translation>
    </message>
    <message>
        <source>Cannot change the classes</source>
        <translation>無法變更類別</translation>
    </message>
    <message>
        <source>Remapping masks</source>
        <translation>正在重新對應遮罩</translation>
    </message>
    <message>
        <source>No images match this filter.</source>
        <translation>沒有符合此篩選條件的影像。</translation>
    </message>
    <message>
        <source>%1 (after)</source>
        <translation>%1（後期）</translation>
    </message>
    <message>
        <source>%1 (before)</source>
        <translation>%1（前期）</translation>
    </message>
    <message>
        <source>%1  %2x%3  %4  %5</source>
        <translation>%1  %2x%3  %4  %5</translation>
    </message>
    <message>
        <source>mask unreadable</source>
        <translation>無法讀取遮罩</translation>
    </message>
    <message>
        <source>labelled</source>
        <translation>已標註</translation>
    </message>
    <message>
        <source>No unlabelled image after this one.</source>
        <translation>此影像之後沒有未標註的影像。</translation>
    </message>
    <message>
        <source>No more images in this direction.</source>
        <translation>此方向上沒有更多影像。</translation>
    </message>
    <message>
        <source>Every image is labelled: there is nothing to rank.</source>
        <translation>所有影像都已標註：沒有可排序的影像。</translation>
    </message>
    <message>
        <source>No ranked unlabelled image left: Project &gt; Rank Unlabelled Images by Uncertainty, or live mode, scores them.</source>
        <translation>已沒有排序過的未標註影像：「專案 &gt; 依不確定性排序未標註影像」或即時模式會為影像評分。</translation>
    </message>
    <message>
        <source>training</source>
        <translation>訓練集</translation>
    </message>
    <message>
        <source>validation</source>
        <translation>驗證集</translation>
    </message>
    <message>
        <source>test</source>
        <translation>測試集</translation>
    </message>
    <message>
        <source>no split</source>
        <translation>未劃分</translation>
    </message>
    <message>
        <source>User Guide</source>
        <translation>使用者指南</translation>
    </message>
    <message>
        <source>The user guide is not installed. It was looked for in:
%1</source>
        <translation>未安裝使用者指南。已在以下位置尋找：
%1</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>使用者指南(&amp;U)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Class edit cancelled: the classes and masks are as they were.</source>
        <translation>已取消類別編輯：類別與遮罩維持原樣。</translation>
    </message>
</context>
<context>
    <name>seg::ui::MaskDocument</name>
    <message>
        <source>%1 The mask is shown as unlabelled and will not be overwritten; fix or remove the file to edit it.</source>
        <translation>%1 此遮罩會顯示為未標註，且不會被覆寫；請修正或移除該檔案後再編輯。</translation>
    </message>
    <message>
        <source>The autosave journal cannot be used: %1</source>
        <translation>無法使用自動儲存記錄：%1</translation>
    </message>
    <message>
        <source>Recovered unsaved edits</source>
        <translation>已恢復未儲存的編輯</translation>
    </message>
</context>
<context>
    <name>seg::ui::MaskSaver</name>
    <message>
        <source>Saving %1</source>
        <translation>正在儲存 %1</translation>
    </message>
</context>
<context>
    <name>seg::ui::ModelAssist</name>
    <message>
        <source>Choose a Trained Model</source>
        <translation>選擇已訓練的模型</translation>
    </message>
    <message>
        <source>Models (*.pt *.pth *.torchscript);;All files (*)</source>
        <translation>模型 (*.pt *.pth *.torchscript);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>Pre-labelling %1 with %2</source>
        <translation>正在以 %2 預先標註 %1</translation>
    </message>
    <message>
        <source>Scoring unlabelled images with %1...</source>
        <translation>正在以 %1 為未標註影像評分...</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Ranking images with %1</source>
        <translation>正在以 %1 排序影像</translation>
    </message>
</context>
<context>
    <name>seg::ui::ModelExportJob</name>
    <message>
        <source>Exported %1: load it in PyTorch with torch.jit.load; its class names are model.class_names</source>
        <translation>已匯出 %1：在 PyTorch 中以 torch.jit.load 載入；類別名稱為 model.class_names</translation>
    </message>
    <message>
        <source>Exporting %1</source>
        <translation>正在匯出 %1</translation>
    </message>
</context>
<context>
    <name>seg::ui::ModelForm</name>
    <message>
        <source>%1; default %2.</source>
        <translation>可用值 %1；預設 %2。</translation>
    </message>
    <message>
        <source>%1  (%2)</source>
        <translation>%1  （%2）</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>架構</translation>
    </message>
    <message>
        <source>Needs a change project: pairs of images of two dates with change masks.</source>
        <translation>需要變化偵測專案：兩期的成對影像及其變化遮罩。</translation>
    </message>
</context>
<context>
    <name>seg::ui::ModelPredictions</name>
    <message>
        <source>%1 + CRF</source>
        <translation>%1 + CRF</translation>
    </message>
    <message>
        <source>Opening %1</source>
        <translation>正在開啟 %1</translation>
    </message>
    <message>
        <source>Predicting %1 with %2</source>
        <translation>正在以 %2 預測 %1</translation>
    </message>
</context>
<context>
    <name>seg::ui::ProcessTraining</name>
    <message>
        <source>Cannot write the run&apos;s settings to %1: %2</source>
        <translation>無法將執行的設定寫入 %1：%2</translation>
    </message>
    <message>
        <source>Cannot start %1: %2</source>
        <translation>無法啟動 %1：%2</translation>
    </message>
    <message>
        <source>the training processes ended with exit code %1</source>
        <translation>訓練行程已結束，結束代碼為 %1</translation>
    </message>
</context>
<context>
    <name>seg::ui::RunsView</name>
    <message>
        <source>Run</source>
        <translation>執行</translation>
    </message>
    <message>
        <source>Best mIoU</source>
        <translation>最佳 mIoU</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>週期數</translation>
    </message>
    <message>
        <source>Tick runs to overlay their curves on the charts.</source>
        <translation>勾選執行，即可將其曲線疊加到圖表上。</translation>
    </message>
    <message>
        <source>Show Curves</source>
        <translation>顯示曲線</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>繼續訓練</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>重新整理</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>%1
%2, %3 loss; %4 optimiser, learning rate %5, %6 schedule, batch %7, crop %8</source>
        <translation>%1
%2，%3 損失；%4 最佳化器，學習率 %5，%6 排程，批次大小 %7，裁切 %8</translation>
    </message>
    <message>
        <source>whole images</source>
        <translation>整張影像</translation>
    </message>
    <message>
        <source>A run is training: stop it first.</source>
        <translation>有執行正在訓練：請先停止。</translation>
    </message>
    <message>
        <source>Another process is training this run now; Show Curves follows it.</source>
        <translation>另一個行程正在訓練此執行；「顯示曲線」可追蹤其進度。</translation>
    </message>
    <message>
        <source>This run has no checkpoint (last.pt) or no readable config.json to resume from.</source>
        <translation>此執行沒有可供繼續的檢查點（last.pt）或可讀取的 config.json。</translation>
    </message>
</context>
<context>
    <name>seg::ui::SplitScoring</name>
    <message>
        <source>Scoring the validation split</source>
        <translation>正在評估驗證集</translation>
    </message>
</context>
<context>
    <name>seg::ui::SplitSummary</name>
    <message>
        <source>before</source>
        <translation>前期</translation>
    </message>
    <message>
        <source>after</source>
        <translation>後期</translation>
    </message>
    <message>
        <source>ground truth</source>
        <translation>真值</translation>
    </message>
    <message>
        <source>image</source>
        <translation>影像</translation>
    </message>
    <message>
        <source>Export Table (CSV)...</source>
        <translation>匯出表格 (CSV)...</translation>
    </message>
    <message>
        <source>Export Grid (PNG)...</source>
        <translation>匯出網格圖 (PNG)...</translation>
    </message>
    <message>
        <source> hardest images</source>
        <translation> 張最難的影像</translation>
    </message>
    <message>
        <source>Confusion matrix of</source>
        <translation>混淆矩陣：</translation>
    </message>
    <message>
        <source>Row-normalised %</source>
        <translation>依列正規化 %</translation>
    </message>
    <message>
        <source>Rows: ground truth; columns: prediction</source>
        <translation>列：真值；欄：預測</translation>
    </message>
    <message>
        <source>Export Comparison Table</source>
        <translation>匯出比較表格</translation>
    </message>
    <message>
        <source>comparison.csv</source>
        <translation>comparison.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 檔案 (*.csv)</translation>
    </message>
    <message>
        <source>Export Comparison Grid</source>
        <translation>匯出比較網格圖</translation>
    </message>
    <message>
        <source>comparison.png</source>
        <translation>comparison.png</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 影像 (*.png)</translation>
    </message>
    <message numerus="yes">
        <source>the %n selected image(s)</source>
        <translation>
            <numerusform>選取的 %n 張影像</numerusform>
        </translation>
    </message>
    <message>
        <source>Score the validation images (Validation Images tab) to compare the models on the whole split.</source>
        <translation>評估驗證影像（「驗證影像」分頁）後，即可在整個驗證集上比較各模型。</translation>
    </message>
    <message>
        <source>Labels were corrected since: score again for up-to-date totals. </source>
        <translation>評估後已修正標註：請重新評估以取得最新的總計。</translation>
    </message>
    <message numerus="yes">
        <source>%n validation image(s); the best of each column in bold.</source>
        <translation>
            <numerusform>%n 張驗證影像；每欄的最佳值以粗體標示。</numerusform>
        </translation>
    </message>
    <message>
        <source>Pixel accuracy</source>
        <translation>像素準確率</translation>
    </message>
    <message>
        <source>Mean class accuracy</source>
        <translation>平均類別準確率</translation>
    </message>
    <message>
        <source>mIoU</source>
        <translation>mIoU</translation>
    </message>
    <message>
        <source>FW IoU</source>
        <translation>頻率加權 IoU</translation>
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
        <source>Nothing to export: score the validation images first</source>
        <translation>沒有可匯出的內容：請先評估驗證影像</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>無法寫入 %1：%2</translation>
    </message>
    <message>
        <source>Drawing the comparison grid</source>
        <translation>正在繪製比較網格圖</translation>
    </message>
</context>
<context>
    <name>seg::ui::TorchScriptImportDialog</name>
    <message>
        <source>Open TorchScript Model</source>
        <translation>開啟 TorchScript 模型</translation>
    </message>
    <message>
        <source>%1 is a TorchScript model. SegStudio needs to know what its output channels mean and how it expects its input. The answers are stored next to the model.</source>
        <translation>%1 是 TorchScript 模型。SegStudio 需要知道其輸出通道的意義，以及它預期的輸入方式。這些設定會儲存在模型旁。</translation>
    </message>
    <message>
        <source>One name a line, in the order of the model&apos;s output channels</source>
        <translation>每行一個名稱，依模型輸出通道的順序排列</translation>
    </message>
    <message>
        <source>Read labels.txt...</source>
        <translation>讀取 labels.txt...</translation>
    </message>
    <message>
        <source>Class names:</source>
        <translation>類別名稱：</translation>
    </message>
    <message>
        <source>Input mean (R, G, B):</source>
        <translation>輸入平均值 (R, G, B)：</translation>
    </message>
    <message>
        <source>Input std (R, G, B):</source>
        <translation>輸入標準差 (R, G, B)：</translation>
    </message>
    <message>
        <source>Pixels are scaled to 0..1, then (x - mean) / std: ImageNet&apos;s values suit torchvision&apos;s models.</source>
        <translation>像素會先縮放至 0..1，再計算 (x - mean) / std：ImageNet 的值適用於 torchvision 的模型。</translation>
    </message>
    <message>
        <source>Fixed input size:</source>
        <translation>固定輸入尺寸：</translation>
    </message>
    <message>
        <source>Traced models:</source>
        <translation>追蹤（trace）的模型：</translation>
    </message>
    <message>
        <source>Class Names</source>
        <translation>類別名稱</translation>
    </message>
    <message>
        <source>Class lists (*.txt *.json);;All files (*)</source>
        <translation>類別清單 (*.txt *.json);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>Cannot read the class names</source>
        <translation>無法讀取類別名稱</translation>
    </message>
    <message>
        <source>Cannot use these settings</source>
        <translation>無法使用這些設定</translation>
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
        <translation>損失</translation>
    </message>
    <message>
        <source>Epoch</source>
        <translation>週期</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>驗證</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>學習率</translation>
    </message>
    <message>
        <source>Drag to pan, wheel to zoom, double-click to fit.</source>
        <translation>拖曳以平移，滾動滾輪以縮放，按兩下以符合視窗。</translation>
    </message>
    <message>
        <source>%1 validation loss</source>
        <translation>%1 驗證損失</translation>
    </message>
    <message>
        <source>%1 mIoU</source>
        <translation>%1 mIoU</translation>
    </message>
    <message>
        <source>%1 learning rate</source>
        <translation>%1 學習率</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>損失</translation>
    </message>
    <message>
        <source>loss (smoothed)</source>
        <translation>損失（平滑）</translation>
    </message>
    <message>
        <source>validation loss</source>
        <translation>驗證損失</translation>
    </message>
    <message>
        <source>adversarial loss (smoothed)</source>
        <translation>對抗損失（平滑）</translation>
    </message>
    <message>
        <source>discriminator loss (smoothed)</source>
        <translation>判別器損失（平滑）</translation>
    </message>
    <message>
        <source>mIoU</source>
        <translation>mIoU</translation>
    </message>
    <message>
        <source>pixel accuracy</source>
        <translation>像素準確率</translation>
    </message>
    <message>
        <source>learning rate</source>
        <translation>學習率</translation>
    </message>
    <message>
        <source>No run yet: start one in Training Settings.</source>
        <translation>尚無任何執行：請在「訓練設定」中開始訓練。</translation>
    </message>
    <message>
        <source>Run %1</source>
        <translation>執行 %1</translation>
    </message>
    <message>
        <source>%1 at %2 %3: %4</source>
        <translation>%1（%2 %3）：%4</translation>
    </message>
    <message>
        <source>SegStudio training charts</source>
        <translation>SegStudio 訓練圖表</translation>
    </message>
</context>
<context>
    <name>seg::ui::TrainingController</name>
    <message>
        <source>Run %1 cannot be resumed: %2</source>
        <translation>執行 %1 無法繼續：%2</translation>
    </message>
    <message>
        <source>its checkpoint checkpoints/last.pt is missing.</source>
        <translation>缺少其檢查點 checkpoints/last.pt。</translation>
    </message>
    <message>
        <source>Run %1 is being trained by another process now. Resume it once that process has stopped.</source>
        <translation>執行 %1 目前正由另一個行程訓練。請待該行程停止後再繼續。</translation>
    </message>
    <message>
        <source>Cannot start training: %1</source>
        <translation>無法開始訓練：%1</translation>
    </message>
    <message>
        <source>Cannot start training: adversarial training runs in one process. Set Processes to 1.</source>
        <translation>無法開始訓練：對抗式訓練只能在單一行程中執行。請將「行程數」設為 1。</translation>
    </message>
    <message>
        <source>starting...</source>
        <translation>正在啟動...</translation>
    </message>
    <message>
        <source>Training on %1 images (%2 for validation), %3 threads, %4</source>
        <translation>以 %1 張影像訓練（%2 張用於驗證），%3 個執行緒，%4</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>已暫停</translation>
    </message>
    <message>
        <source>resuming...</source>
        <translation>正在繼續...</translation>
    </message>
    <message>
        <source>Training finished: best mIoU %1 at epoch %2.</source>
        <translation>訓練完成：最佳 mIoU 為 %1（第 %2 個週期）。</translation>
    </message>
    <message numerus="yes">
        <source>Training stopped after %n complete epochs; resume it from the runs list.</source>
        <translation>
            <numerusform>訓練已在完成 %n 個週期後停止；可從執行清單繼續訓練。</numerusform>
        </translation>
    </message>
    <message>
        <source>Training failed: %1</source>
        <translation>訓練失敗：%1</translation>
    </message>
    <message>
        <source>%1 img/s</source>
        <translation>%1 img/s</translation>
    </message>
    <message>
        <source>epoch %1/%2</source>
        <translation>週期 %1/%2</translation>
    </message>
    <message>
        <source>epoch %1/%2, %3 left</source>
        <translation>週期 %1/%2，剩餘 %3</translation>
    </message>
    <message numerus="yes">
        <source>%n unreadable image(s) skipped; the log names them.</source>
        <translation>
            <numerusform>已略過 %n 張無法讀取的影像；記錄檔中列有其名稱。</numerusform>
        </translation>
    </message>
    <message>
        <source>stopping...</source>
        <translation>正在停止...</translation>
    </message>
    <message>
        <source>A run is training; tick runs to compare them with it instead.</source>
        <translation>有執行正在訓練；請改為勾選其他執行與其比較。</translation>
    </message>
    <message numerus="yes">
        <source>Showing run %1: %n epochs</source>
        <translation>
            <numerusform>顯示執行 %1：%n 個週期</numerusform>
        </translation>
    </message>
    <message>
        <source>Run %1: %2</source>
        <translation>執行 %1：%2</translation>
    </message>
    <message>
        <source>A run is training in this window: stop it before following another.</source>
        <translation>此視窗中有執行正在訓練：請先停止，再追蹤其他執行。</translation>
    </message>
    <message>
        <source>%1 is not a training run&apos;s folder: it holds neither config.json nor metrics.csv.</source>
        <translation>%1 不是訓練執行的資料夾：其中既沒有 config.json，也沒有 metrics.csv。</translation>
    </message>
    <message>
        <source>Following run %1 as it is written (read-only).</source>
        <translation>正在追蹤執行 %1 的寫入（唯讀）。</translation>
    </message>
    <message numerus="yes">
        <source>trained by %n processes</source>
        <translation>
            <numerusform>由 %n 個行程訓練</numerusform>
        </translation>
    </message>
    <message>
        <source>finished, %1 of %2 epochs</source>
        <translation>已完成，%1/%2 個週期</translation>
    </message>
    <message>
        <source>%1 of %2 epochs</source>
        <translation>%1/%2 個週期</translation>
    </message>
    <message numerus="yes">
        <source>%n epoch(s)</source>
        <translation>
            <numerusform>%n 個週期</numerusform>
        </translation>
    </message>
    <message>
        <source>waiting for the run to write metrics.csv</source>
        <translation>正在等待執行寫入 metrics.csv</translation>
    </message>
    <message>
        <source>%1, written %2 ago</source>
        <translation>%1，%2前寫入</translation>
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
        <translation>最佳化</translation>
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
        <translation>含動量的 SGD</translation>
    </message>
    <message>
        <source>Cosine</source>
        <translation>餘弦</translation>
    </message>
    <message>
        <source>Poly</source>
        <translation>多項式</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>階梯</translation>
    </message>
    <message>
        <source>Constant</source>
        <translation>固定</translation>
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
        <translation>整張影像</translation>
    </message>
    <message>
        <source>Square training crop; whole images when all have one size.</source>
        <translation>訓練時的正方形裁切；所有影像尺寸相同時使用整張影像。</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>損失函數</translation>
    </message>
    <message>
        <source>Optimiser</source>
        <translation>最佳化器</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>學習率</translation>
    </message>
    <message>
        <source>Weight decay</source>
        <translation>權重衰減</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>學習率排程</translation>
    </message>
    <message>
        <source>Warm-up</source>
        <translation>暖身</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>週期數</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>批次大小</translation>
    </message>
    <message>
        <source>Input size</source>
        <translation>輸入尺寸</translation>
    </message>
    <message>
        <source>Augmentation</source>
        <translation>資料擴增</translation>
    </message>
    <message>
        <source>Horizontal flips</source>
        <translation>水平翻轉</translation>
    </message>
    <message>
        <source>Vertical flips</source>
        <translation>垂直翻轉</translation>
    </message>
    <message>
        <source>°</source>
        <translation>°</translation>
    </message>
    <message>
        <source>Scale range</source>
        <translation>縮放範圍</translation>
    </message>
    <message>
        <source>Rotation</source>
        <translation>旋轉</translation>
    </message>
    <message>
        <source>Colour jitter</source>
        <translation>色彩抖動</translation>
    </message>
    <message>
        <source>Adversarial training</source>
        <translation>對抗式訓練</translation>
    </message>
    <message>
        <source>Luc et al. 2016: a small discriminator learns to tell ground-truth label maps from the model&apos;s, and the model also learns to fool it. Its two losses are drawn with the training loss.</source>
        <translation>Luc 等人，2016：一個小型判別器學習分辨真值標籤圖與模型產生的標籤圖，模型同時也學習騙過它。其兩項損失會與訓練損失畫在一起。</translation>
    </message>
    <message>
        <source>The adversarial term&apos;s weight next to the segmentation loss.</source>
        <translation>對抗項相對於分割損失的權重。</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>權重</translation>
    </message>
    <message>
        <source>Discriminator learning rate</source>
        <translation>判別器學習率</translation>
    </message>
    <message>
        <source>Learn from scribbles (dense-CRF loss)</source>
        <translation>從塗鴉學習（密集 CRF 損失）</translation>
    </message>
    <message>
        <source>Tang et al. 2018: for partly painted masks. Besides the painted pixels, every pixel is asked to share the class of nearby pixels of similar colour, so the labels spread from the strokes up to the image&apos;s edges.</source>
        <translation>Tang 等人，2018：用於部分繪製的遮罩。除了已繪製的像素之外，每個像素也會被要求與附近顏色相近的像素屬於同一類別，使標註從筆畫擴展到影像中的邊緣為止。</translation>
    </message>
    <message>
        <source>The CRF term&apos;s weight next to the segmentation loss.</source>
        <translation>CRF 項相對於分割損失的權重。</translation>
    </message>
    <message>
        <source>How far apart two pixels may be and still be asked to agree.</source>
        <translation>兩個像素相距多遠時，仍會被要求類別一致。</translation>
    </message>
    <message>
        <source>How different in colour (0 to 255 levels) two pixels may be and still be asked to agree.</source>
        <translation>兩個像素的顏色相差多少（0 到 255 級）時，仍會被要求類別一致。</translation>
    </message>
    <message>
        <source>Reach</source>
        <translation>作用範圍</translation>
    </message>
    <message>
        <source>Colour tolerance</source>
        <translation>顏色容許度</translation>
    </message>
    <message>
        <source>Runtime</source>
        <translation>執行環境</translation>
    </message>
    <message>
        <source>all cores (%1)</source>
        <translation>所有核心（%1）</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自動</translation>
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
        <source>Data-parallel training: this many processes each train a share of every epoch with the batch size above, and average their gradients after each step. On one machine, one process with all cores is faster; several processes rehearse a run across machines (see docs/distributed.md). The cores are shared out between the processes when Threads is &quot;all cores&quot;.</source>
        <translation>資料平行訓練：這些行程各自以上方的批次大小訓練每個週期的一部分，並在每一步之後平均其梯度。在單一電腦上，以一個行程使用所有核心會比較快；多個行程可用來預演跨電腦的執行（請參閱 docs/distributed.md）。當「執行緒數」為「所有核心」時，核心會分配給各行程。</translation>
    </message>
    <message>
        <source>Threads</source>
        <translation>執行緒數</translation>
    </message>
    <message>
        <source>Processes</source>
        <translation>行程數</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>裝置</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暫停</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>繼續</translation>
    </message>
</context>
<context>
    <name>seg::ui::UserGuideWindow</name>
    <message>
        <source>SegStudio User Guide</source>
        <translation>SegStudio 使用者指南</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>上一頁</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>目錄</translation>
    </message>
</context>
<context>
    <name>seg::ui::ValidationBrowser</name>
    <message>
        <source>Score Validation Images</source>
        <translation>評估驗證影像</translation>
    </message>
    <message>
        <source>Predicts every validation image with the ticked models</source>
        <translation>以勾選的模型預測每張驗證影像</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Only images whose ground truth holds this class</source>
        <translation>僅顯示真值中含有此類別的影像</translation>
    </message>
    <message>
        <source>Fix Label</source>
        <translation>修正標註</translation>
    </message>
    <message>
        <source>Open the image for painting, with the model&apos;s prediction as a reference layer</source>
        <translation>開啟影像進行繪製，並以模型的預測作為參考圖層</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>顯示：</translation>
    </message>
    <message>
        <source>every image</source>
        <translation>所有影像</translation>
    </message>
    <message>
        <source>with %1</source>
        <translation>含有 %1</translation>
    </message>
    <message>
        <source>Scoring...</source>
        <translation>正在評估...</translation>
    </message>
    <message>
        <source>Tick models, then score the validation images to find the worst.</source>
        <translation>請勾選模型，然後評估驗證影像以找出最差的影像。</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s); corrected labels are rescored here, score again for the split&apos;s totals</source>
        <translation>
            <numerusform>%n 張影像；已修正的標註會在此重新評分，請重新評估以取得整個驗證集的總計</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s), worst first</source>
        <translation>
            <numerusform>%n 張影像，最差者在前</numerusform>
        </translation>
    </message>
    <message>
        <source>Scoring... %1</source>
        <translation>正在評分... %1</translation>
    </message>
</context>
<context>
    <name>seg::ui::WelcomePage</name>
    <message>
        <source>Welcome to SegStudio</source>
        <translation>歡迎使用 SegStudio</translation>
    </message>
    <message>
        <source>Paint segmentation masks, train models on them, and compare their predictions.</source>
        <translation>繪製分割遮罩，以其訓練模型，並比較模型的預測。</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>Open the Demo Project</source>
        <translation>開啟示範專案</translation>
    </message>
    <message>
        <source>500 synthetic-shapes images with their masks, ready to train a U-Net in a few minutes. Made on first use.</source>
        <translation>500 張合成形狀影像及其遮罩，幾分鐘即可訓練出一個 U-Net。首次使用時建立。</translation>
    </message>
    <message>
        <source>New Project from Image Folder...</source>
        <translation>從影像資料夾新增專案...</translation>
    </message>
    <message>
        <source>A folder of your own images, to paint their masks.</source>
        <translation>您自己的影像資料夾，用來繪製它們的遮罩。</translation>
    </message>
    <message>
        <source>New Project from Dataset...</source>
        <translation>從資料集新增專案...</translation>
    </message>
    <message>
        <source>Images with masks: VOC, PennFudan, images/ and masks/ folders, or change pairs.</source>
        <translation>附遮罩的影像：VOC、PennFudan、images/ 與 masks/ 資料夾，或變化偵測影像對。</translation>
    </message>
    <message>
        <source>Open Project...</source>
        <translation>開啟專案...</translation>
    </message>
    <message>
        <source>A folder holding a project.json.</source>
        <translation>含有 project.json 的資料夾。</translation>
    </message>
    <message>
        <source>Read the User Guide</source>
        <translation>閱讀使用者指南</translation>
    </message>
    <message>
        <source>Recent Projects</source>
        <translation>最近的專案</translation>
    </message>
    <message>
        <source>%1 (not found)
%2</source>
        <translation>%1（找不到）
%2</translation>
    </message>
    <message>
        <source>No recent projects yet.</source>
        <translation>還沒有最近的專案。</translation>
    </message>
</context>
</TS>
