<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>AnalysisImages</name>
    <message>
        <source>correct</source>
        <translation>正しい</translation>
    </message>
    <message>
        <source>wrong class</source>
        <translation>クラスの誤り</translation>
    </message>
    <message>
        <source>missed (object predicted as background)</source>
        <translation>見逃し（物体を背景と予測）</translation>
    </message>
    <message>
        <source>false alarm (background predicted as object)</source>
        <translation>誤検出（背景を物体と予測）</translation>
    </message>
    <message>
        <source>ignored (unlabelled in the ground truth)</source>
        <translation>無視（正解では未ラベル）</translation>
    </message>
    <message>
        <source>both predict the same</source>
        <translation>両方とも同じ予測</translation>
    </message>
    <message>
        <source>%1 right, %2 wrong</source>
        <translation>%1 は正しく、%2 は誤り</translation>
    </message>
    <message>
        <source>they differ, both wrong</source>
        <translation>予測が異なり、両方とも誤り</translation>
    </message>
    <message>
        <source>they differ, no ground truth</source>
        <translation>予測が異なり、正解なし</translation>
    </message>
</context>
<context>
    <name>ArchitectureFlags</name>
    <message>
        <source>Architecture: %1.</source>
        <translation>アーキテクチャ: %1。</translation>
    </message>
    <message>
        <source>Default: %1.</source>
        <translation>既定値: %1。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>%1: %2 %3; default %4.</source>
        <translation>%1: %2 値は %3、既定値は %4。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>unknown model &apos;%1&apos; (expected one of: %2)</source>
        <translation>不明なモデル &apos;%1&apos;（次のいずれかを指定してください: %2）</translation>
    </message>
    <message>
        <source>--%1 does not apply to %2 (its options: %3)</source>
        <translation>--%1 は %2 には使用できません（使用できるオプション: %3）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>--%1 must be a whole number, not &apos;%2&apos;</source>
        <translation>--%1 には整数を指定してください（指定値: &apos;%2&apos;）</translation>
    </message>
</context>
<context>
    <name>BoxTool</name>
    <message>
        <source>Accept live prediction in a box</source>
        <translation>ボックス内のライブ予測を採用</translation>
    </message>
    <message>
        <source>Rectangle fill</source>
        <translation>矩形塗りつぶし</translation>
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
        <translation>使い方: segstudio-cli &lt;コマンド&gt; [オプション]

コマンド:
  synth     合成図形データセットを書き出す
  inspect   データセットを調査する: 件数、サイズ、クラス頻度、問題
  score     予測マスクを正解と比較して評価する
  demo      デモプロジェクトを作成する
  init      データセットまたは画像フォルダーをプロジェクトにする
  scribble  プロジェクトの学習用マスクをスクリブルに置き換える
  train     モデルを学習する（&apos;segstudio-cli model --list&apos; のいずれか）
  eval      データセットの分割でチェックポイントを評価する
  predict   画像の予測マスクを書き出す
  compare   データセットの分割で 2～4 個のモデルを並べて評価する
  export    チェックポイントのモデルを TorchScript モジュールとして書き出す
  model     モデルのパラメーター数と GMACs を表示する
  runs      プロジェクトの学習ランとその最高 mIoU を一覧表示する

オプション:
  -h, --help       この一覧
  -v, --version    SegStudio のバージョン

各コマンドのオプションは &apos;segstudio-cli &lt;コマンド&gt; --help&apos; で確認できます。
</translation>
    </message>
    <message>
        <source>segstudio-cli: unexpected error: %1</source>
        <translation>segstudio-cli: 予期しないエラー: %1</translation>
    </message>
    <message>
        <source>segstudio-cli: unknown command &apos;%1&apos;</source>
        <translation>segstudio-cli: 不明なコマンド &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>CommandParser</name>
    <message>
        <source>--%1 must be a whole number from %2 to %3 (got &apos;%4&apos;)</source>
        <translation>--%1 には %2～%3 の整数を指定してください（指定値: &apos;%4&apos;）</translation>
    </message>
    <message>
        <source>--%1 must be a number from %2 to %3 (got &apos;%4&apos;)</source>
        <translation>--%1 には %2～%3 の数値を指定してください（指定値: &apos;%4&apos;）</translation>
    </message>
    <message>
        <source>Run &apos;%1 %2 --help&apos; for usage.</source>
        <translation>使い方は &apos;%1 %2 --help&apos; で確認できます。</translation>
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
        <translation>* 行内で最良（すべて同じ場合は付きません）</translation>
    </message>
    <message>
        <source>Scores 2 to 4 models on the same dataset split and prints their metrics side by
side, the best of each row marked. Models are checkpoints or TorchScript files.</source>
        <translation>同じデータセット分割で 2～4 個のモデルを評価し、指標を並べて表示します。
各行の最良値には印が付きます。モデルはチェックポイントまたは TorchScript ファイルです。</translation>
    </message>
    <message>
        <source>A model: a checkpoint or a TorchScript file (give 2 to 4).</source>
        <translation>モデル: チェックポイントまたは TorchScript ファイル（2～4 個指定）。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Dataset folder or project.</source>
        <translation>データセットのフォルダーまたはプロジェクト。</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>フォルダー</translation>
    </message>
    <message>
        <source>val, train, test or all (default val).</source>
        <translation>val、train、test、all のいずれか（既定値 val）。</translation>
    </message>
    <message>
        <source>split</source>
        <translation>分割</translation>
    </message>
    <message>
        <source>Also write the table as CSV to this file.</source>
        <translation>表を CSV 形式でこのファイルにも書き出します。</translation>
    </message>
    <message>
        <source>Also write a PNG grid: the hardest images (lowest mIoU over the models) in rows; image, ground truth and each model&apos;s prediction in columns.</source>
        <translation>PNG のグリッド画像も書き出します: 行は最も難しい画像（全モデルの mIoU が最も低いもの）、列は画像、正解、各モデルの予測です。</translation>
    </message>
    <message>
        <source>Rows of the grid (default 4).</source>
        <translation>グリッドの行数（既定値 4）。</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>give 2 to 4 --model files and --data</source>
        <translation>--model ファイルを 2～4 個と --data を指定してください</translation>
    </message>
    <message>
        <source>--split must be val, train, test or all</source>
        <translation>--split は val、train、test、all のいずれかにしてください</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告: %1</translation>
    </message>
    <message numerus="yes">
        <source>Compared %n model(s) on %1 images (%2 split)</source>
        <translation>
            <numerusform>%n 個のモデルを %1 枚の画像で比較しました（%2 分割）</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote the table to %1</source>
        <translation>表を %1 に書き出しました</translation>
    </message>
    <message>
        <source>Wrote the grid to %1</source>
        <translation>グリッドを %1 に書き出しました</translation>
    </message>
</context>
<context>
    <name>ConsoleObserver</name>
    <message>
        <source>rank %1: </source>
        <translation>ランク %1: </translation>
    </message>
    <message>
        <source>Training on %1 images, validating on %2; %3 iterations per epoch; %4 threads, %5</source>
        <translation>%1 枚の画像で学習、%2 枚で検証。1 エポックあたり %3 イテレーション、%4 スレッド、%5</translation>
    </message>
    <message>
        <source>epoch %1/%2  iteration %3/%4  loss %5  lr %6  %7 img/s</source>
        <translation>エポック %1/%2  イテレーション %3/%4  損失 %5  学習率 %6  %7 img/s</translation>
    </message>
    <message>
        <source>  adversarial %1  discriminator %2</source>
        <translation>  敵対的 %1  識別器 %2</translation>
    </message>
    <message>
        <source>epoch %1/%2  loss %3  val loss %4  pixel accuracy %5  mIoU %6  %7 s%8</source>
        <translation>エポック %1/%2  損失 %3  検証損失 %4  ピクセル精度 %5  mIoU %6  %7 s%8</translation>
    </message>
    <message>
        <source>  (best)</source>
        <translation>  (最良)</translation>
    </message>
</context>
<context>
    <name>DatasetFlags</name>
    <message>
        <source>Change-detection datasets: the folders of the before images, the after images and the change labels (default %1,%2,%3, as LEVIR-CD).</source>
        <translation>変化検出データセット: 変化前画像、変化後画像、変化ラベルのフォルダー（既定値 %1,%2,%3。LEVIR-CD と同じ）。</translation>
    </message>
    <message>
        <source>before,after,label</source>
        <translation>変化前,変化後,ラベル</translation>
    </message>
    <message>
        <source>--change-folders takes three folder names, e.g. A,B,label (got &apos;%1&apos;)</source>
        <translation>--change-folders にはフォルダー名を 3 つ指定してください。例: A,B,label（指定値: &apos;%1&apos;）</translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <source>Creates the demo project (synthetic shapes, 500 images of 128x128) in a folder,
as the app does on first start.</source>
        <translation>フォルダーにデモプロジェクト（合成図形、128x128 の画像 500 枚）を作成します。
アプリの初回起動時と同じ処理です。</translation>
    </message>
    <message>
        <source>Project folder to create.</source>
        <translation>作成するプロジェクトフォルダー。</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>フォルダー</translation>
    </message>
    <message>
        <source>--out is required</source>
        <translation>--out は必須です</translation>
    </message>
    <message>
        <source>Created demo project %1</source>
        <translation>デモプロジェクト %1 を作成しました</translation>
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
            <numerusform>%n 分</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n 時間</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 日</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>There is not enough memory for this.</source>
        <translation>メモリが不足しています。</translation>
    </message>
    <message>
        <source>Unexpected error: %1</source>
        <translation>予期しないエラー: %1</translation>
    </message>
    <message>
        <source>Unexpected error of an unknown kind.</source>
        <translation>種類不明の予期しないエラーです。</translation>
    </message>
    <message>
        <source>The file or folder does not exist.</source>
        <translation>ファイルまたはフォルダーが存在しません。</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>ファイルが空です。</translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation>ファイルを読み込めません。</translation>
    </message>
    <message>
        <source>The file is truncated.</source>
        <translation>ファイルが途中で切れています。</translation>
    </message>
    <message>
        <source>The file is not an image.</source>
        <translation>ファイルは画像ではありません。</translation>
    </message>
    <message>
        <source>The file&apos;s format is not supported.</source>
        <translation>このファイル形式はサポートされていません。</translation>
    </message>
    <message>
        <source>The mask and its image differ in size.</source>
        <translation>マスクとその画像のサイズが異なります。</translation>
    </message>
    <message>
        <source>The mask holds values that are not classes.</source>
        <translation>マスクにクラス以外の値が含まれています。</translation>
    </message>
    <message>
        <source>The folder is not a dataset SegStudio can read.</source>
        <translation>このフォルダーは SegStudio が読み込めるデータセットではありません。</translation>
    </message>
    <message>
        <source>The file is not valid JSON.</source>
        <translation>ファイルが有効な JSON ではありません。</translation>
    </message>
    <message>
        <source>The file&apos;s content is invalid.</source>
        <translation>ファイルの内容が無効です。</translation>
    </message>
    <message>
        <source>The file was written by a newer SegStudio.</source>
        <translation>このファイルは新しいバージョンの SegStudio で書き込まれています。</translation>
    </message>
    <message>
        <source>An option has an invalid value.</source>
        <translation>オプションの値が無効です。</translation>
    </message>
    <message>
        <source>The file cannot be written.</source>
        <translation>ファイルに書き込めません。</translation>
    </message>
    <message>
        <source>Unknown error.</source>
        <translation>不明なエラーです。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2（%3）</translation>
    </message>
</context>
<context>
    <name>EvalCommand</name>
    <message>
        <source>image</source>
        <translation>画像</translation>
    </message>
    <message>
        <source>pixel acc</source>
        <translation>ピクセル精度</translation>
    </message>
    <message>
        <source>mIoU</source>
        <translation>mIoU</translation>
    </message>
    <message>
        <source>worst class (IoU)</source>
        <translation>最低クラス (IoU)</translation>
    </message>
    <message>
        <source>Scores a model (a checkpoint or TorchScript file) on a dataset&apos;s validation split
(or another split): the metrics table of `score`, from the model alone.</source>
        <translation>データセットの検証セット（または別の分割）でモデル（チェックポイントまたは
TorchScript ファイル）を評価します: `score` と同じ指標の表を、モデルだけから求めます。</translation>
    </message>
    <message>
        <source>A checkpoint (best.pt or last.pt of a run) or a TorchScript model.</source>
        <translation>チェックポイント（ランの best.pt または last.pt）または TorchScript モデル。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Dataset folder or project.</source>
        <translation>データセットのフォルダーまたはプロジェクト。</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>フォルダー</translation>
    </message>
    <message>
        <source>val, train, test or all (default val).</source>
        <translation>val、train、test、all のいずれか（既定値 val）。</translation>
    </message>
    <message>
        <source>split</source>
        <translation>分割</translation>
    </message>
    <message>
        <source>Validation share when the dataset has no split files (default 0.2).</source>
        <translation>データセットに分割ファイルがない場合の検証セットの割合（既定値 0.2）。</translation>
    </message>
    <message>
        <source>f</source>
        <translation>f</translation>
    </message>
    <message>
        <source>Print the scores as JSON.</source>
        <translation>スコアを JSON で出力します。</translation>
    </message>
    <message>
        <source>Also list each image&apos;s pixel accuracy, mIoU and worst class, worst first.</source>
        <translation>各画像のピクセル精度、mIoU、最低クラスも悪い順に一覧表示します。</translation>
    </message>
    <message>
        <source>--checkpoint and --data are required</source>
        <translation>--checkpoint と --data は必須です</translation>
    </message>
    <message>
        <source>--split must be val, train, test or all</source>
        <translation>--split は val、train、test、all のいずれかにしてください</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告: %1</translation>
    </message>
    <message>
        <source>Evaluated %1 images (%2 split)</source>
        <translation>%1 枚の画像を評価しました（%2 分割）</translation>
    </message>
    <message numerus="yes">
        <source>, with dense CRF post-processing (%n iteration(s))</source>
        <translation>
            <numerusform>、全結合 CRF による後処理あり（反復 %n 回）</numerusform>
        </translation>
    </message>
    <message>
        <source>Change class: precision %1, recall %2, F1 %3, IoU %4</source>
        <translation>変化クラス: 適合率 %1、再現率 %2、F1 %3、IoU %4</translation>
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
        <translation>チェックポイントのモデルを PyTorch 用の TorchScript モジュールとして書き出します:
  model = torch.jit.load(&quot;model.pt&quot;)
  logits = model(x)  # x: float [N, 3, H, W]、[0, 1] の RGB を model.mean と
                     # model.std で正規化したもの。H と W は任意
SegStudio の計算と同じ [N, classes, H, W] のロジットを返します。クラス名は
model.class_names にあります。このファイルは SegStudio でもモデルとして開けます。</translation>
    </message>
    <message>
        <source>A checkpoint (best.pt or last.pt of a run).</source>
        <translation>チェックポイント（ランの best.pt または last.pt）。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>The TorchScript file to write.</source>
        <translation>書き出す TorchScript ファイル。</translation>
    </message>
    <message>
        <source>--checkpoint and --out are required</source>
        <translation>--checkpoint と --out は必須です</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: %2, %n class(es); load it with torch.jit.load</source>
        <translation>
            <numerusform>%1 を書き出しました: %2、%n クラス。torch.jit.load で読み込めます</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FillTool</name>
    <message>
        <source>Flood fill</source>
        <translation>塗りつぶし</translation>
    </message>
</context>
<context>
    <name>GuiMain</name>
    <message>
        <source>SegStudio: paint masks, train segmentation models, compare them.</source>
        <translation>SegStudio: マスクを描き、セグメンテーションモデルを学習して比較します。</translation>
    </message>
    <message>
        <source>Open the demo project (synthetic shapes), creating it on first use.</source>
        <translation>デモプロジェクト（合成図形）を開きます。初回は作成します。</translation>
    </message>
    <message>
        <source>Project folder or project.json to open.</source>
        <translation>開くプロジェクトフォルダーまたは project.json。</translation>
    </message>
    <message>
        <source>[project]</source>
        <translation>[プロジェクト]</translation>
    </message>
</context>
<context>
    <name>InitCommand</name>
    <message>
        <source>Makes a folder a SegStudio project (writes project.json into it), as the window&apos;s
File &gt; New Project does: a dataset in any layout SegStudio reads, or with --images
a plain folder of images to annotate.</source>
        <translation>フォルダーを SegStudio プロジェクトにします（project.json を書き込みます）。ウィンドウの
「ファイル &gt; 新規プロジェクト」と同じです: SegStudio が読み込める任意の構成のデータセット、
または --images を付けて、アノテーションする画像だけのフォルダーを指定します。</translation>
    </message>
    <message>
        <source>The dataset or image folder.</source>
        <translation>データセットまたは画像フォルダー。</translation>
    </message>
    <message>
        <source>A plain folder of images to annotate.</source>
        <translation>アノテーションする画像だけのフォルダー。</translation>
    </message>
    <message>
        <source>With --images: class names, comma-separated (background,object).</source>
        <translation>--images と併用: クラス名をカンマ区切りで指定（background,object）。</translation>
    </message>
    <message>
        <source>names</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>give one folder</source>
        <translation>フォルダーを 1 つ指定してください</translation>
    </message>
    <message numerus="yes">
        <source>Created %1 with %n classes</source>
        <translation>
            <numerusform>%1 を作成しました（%n クラス）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InspectCommand</name>
    <message>
        <source>Dataset   %1</source>
        <translation>データセット  %1</translation>
    </message>
    <message>
        <source>Layout    %1</source>
        <translation>構成          %1</translation>
    </message>
    <message>
        <source>Samples   %1 (%2 labelled, %3 unlabelled)</source>
        <translation>サンプル      %1（ラベル付き %2、未ラベル %3）</translation>
    </message>
    <message>
        <source>Split     train %1, val %2, test %3</source>
        <translation>分割          学習 %1、検証 %2、テスト %3</translation>
    </message>
    <message>
        <source>%1x%2 (%3)</source>
        <translation>%1x%2 (%3)</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>ほか %1 種類</translation>
    </message>
    <message>
        <source>Sizes     %1</source>
        <translation>サイズ        %1</translation>
    </message>
    <message>
        <source>Classes (inferred from the mask values; add labels.txt to name them)</source>
        <translation>クラス（マスクの値から推定。名前を付けるには labels.txt を追加してください）</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>クラス</translation>
    </message>
    <message>
        <source>index</source>
        <translation>インデックス</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>pixels</source>
        <translation>ピクセル数</translation>
    </message>
    <message>
        <source>share</source>
        <translation>割合</translation>
    </message>
    <message>
        <source>(ignored)</source>
        <translation>(無視)</translation>
    </message>
    <message>
        <source>Problems  %1 (%2 samples skipped)</source>
        <translation>問題          %1（%2 サンプルをスキップ）</translation>
    </message>
    <message>
        <source>Reads every sample of a dataset and reports counts, image sizes, class pixel
frequencies and the problems found (bad files are skipped and listed).</source>
        <translation>データセットの全サンプルを読み込み、件数、画像サイズ、クラスのピクセル頻度、
見つかった問題を報告します（不正なファイルはスキップして一覧表示します）。</translation>
    </message>
    <message>
        <source>Dataset folder (VOC, PennFudan or images/ + masks/).</source>
        <translation>データセットフォルダー（VOC、PennFudan、または images/ + masks/）。</translation>
    </message>
    <message>
        <source>Print the report as JSON.</source>
        <translation>レポートを JSON で出力します。</translation>
    </message>
    <message>
        <source>Stop at the first problem (exit code 1) instead of skipping.</source>
        <translation>スキップせずに、最初の問題で停止します（終了コード 1）。</translation>
    </message>
    <message>
        <source>Force the layout: voc, pennfudan, folders or images.</source>
        <translation>構成を強制指定します: voc、pennfudan、folders、images のいずれか。</translation>
    </message>
    <message>
        <source>layout</source>
        <translation>構成</translation>
    </message>
    <message>
        <source>Validation share when the dataset has no split files (default 0.2).</source>
        <translation>データセットに分割ファイルがない場合の検証セットの割合（既定値 0.2）。</translation>
    </message>
    <message>
        <source>f</source>
        <translation>f</translation>
    </message>
    <message>
        <source>Seed of that split (default 42).</source>
        <translation>その分割の乱数シード（既定値 42）。</translation>
    </message>
    <message>
        <source>k</source>
        <translation>k</translation>
    </message>
    <message>
        <source>give exactly one dataset folder</source>
        <translation>データセットフォルダーを 1 つだけ指定してください</translation>
    </message>
    <message>
        <source>--layout must be voc, pennfudan, folders or images</source>
        <translation>--layout は voc、pennfudan、folders、images のいずれかにしてください</translation>
    </message>
</context>
<context>
    <name>MetricsTable</name>
    <message>
        <source>class</source>
        <translation>クラス</translation>
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
        <translation>精度</translation>
    </message>
    <message>
        <source>Prec</source>
        <translation>適合率</translation>
    </message>
    <message>
        <source>GT pixels</source>
        <translation>正解ピクセル数</translation>
    </message>
    <message>
        <source>Pixel accuracy        %1</source>
        <translation>ピクセル精度          %1</translation>
    </message>
    <message>
        <source>Mean class accuracy   %1</source>
        <translation>平均クラス精度        %1</translation>
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
        <source>Prints a model&apos;s size: parameters, convolutions and matrix products, and the multiply-accumulates (GMACs) of one forward pass.</source>
        <translation>モデルの規模を表示します: パラメーター数、畳み込みと行列積の数、1 回の順伝播の積和演算数（GMACs）。</translation>
    </message>
    <message>
        <source>Lists every architecture, one a line: its name, its label and what it takes (image, or pair for change detection), tab-separated.</source>
        <translation>すべてのアーキテクチャを 1 行に 1 つずつ一覧表示します: 名前、表示名、入力の種類（image、または変化検出用の pair）をタブ区切りで出力します。</translation>
    </message>
    <message>
        <source>Number of classes.</source>
        <translation>クラス数。</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Input size: S or WxH (default 512).</source>
        <translation>入力サイズ: S または WxH（既定値 512）。</translation>
    </message>
    <message>
        <source>size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>--size must be S or WxH with sides from 8 to 8192</source>
        <translation>--size は S または WxH で、辺の長さは 8～8192 にしてください</translation>
    </message>
    <message>
        <source>%1 (%2) at %3x%4: %5 parameters (%6 M), %7 convolutions, %8 matrix products; %9 GMACs per forward pass (multiply-accumulates; FLOPs are twice as many)</source>
        <translation>%1 (%2)、入力 %3x%4: パラメーター %5 個（%6 M）、畳み込み %7 個、行列積 %8 個。順伝播 1 回あたり %9 GMACs（積和演算数。FLOPs はその 2 倍）</translation>
    </message>
    <message>
        <source>Model zoo, with its default options: %1</source>
        <translation>モデルズーでの計測値（既定のオプション）: %1</translation>
    </message>
</context>
<context>
    <name>ModelOptions</name>
    <message>
        <source>Refine the probabilities with a fully connected CRF (dense CRF): pixels close in position and colour lean to the same class.</source>
        <translation>全結合 CRF（dense CRF）で確率を精緻化します: 位置と色が近いピクセルほど同じクラスになりやすくなります。</translation>
    </message>
    <message>
        <source>CRF mean-field iterations (default %1; implies --crf).</source>
        <translation>CRF の平均場の反復回数（既定値 %1。--crf も有効になります）。</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>CRF appearance kernel: weight, spatial width in pixels, colour width (default %1,%2,%3; implies --crf).</source>
        <translation>CRF の外観カーネル: 重み、空間幅（ピクセル）、色の幅（既定値 %1,%2,%3。--crf も有効になります）。</translation>
    </message>
    <message>
        <source>w,px,colour</source>
        <translation>重み,px,色</translation>
    </message>
    <message>
        <source>CRF smoothness kernel: weight, spatial width in pixels (default %1,%2; implies --crf).</source>
        <translation>CRF の平滑化カーネル: 重み、空間幅（ピクセル）（既定値 %1,%2。--crf も有効になります）。</translation>
    </message>
    <message>
        <source>w,px</source>
        <translation>重み,px</translation>
    </message>
    <message>
        <source>--crf-appearance takes three numbers, e.g. 5,30,13</source>
        <translation>--crf-appearance には数値を 3 つ指定してください。例: 5,30,13</translation>
    </message>
    <message>
        <source>--crf-smoothness takes two numbers, e.g. 3,3</source>
        <translation>--crf-smoothness には数値を 2 つ指定してください。例: 3,3</translation>
    </message>
    <message>
        <source>TorchScript models: class names, comma-separated, or a labels.txt or classes.json file. Without it, the settings stored next to the model (or inside a model SegStudio exported) apply.</source>
        <translation>TorchScript モデル: クラス名（カンマ区切り）、または labels.txt か classes.json ファイル。省略した場合は、モデルの隣に保存された設定（または SegStudio がエクスポートしたモデル内の設定）が使われます。</translation>
    </message>
    <message>
        <source>names|file</source>
        <translation>名前|ファイル</translation>
    </message>
    <message>
        <source>TorchScript models: input mean per RGB channel (default ImageNet&apos;s 0.485,0.456,0.406).</source>
        <translation>TorchScript モデル: RGB チャンネルごとの入力平均（既定値は ImageNet の 0.485,0.456,0.406）。</translation>
    </message>
    <message>
        <source>r,g,b</source>
        <translation>r,g,b</translation>
    </message>
    <message>
        <source>TorchScript models: input standard deviation per RGB channel (default ImageNet&apos;s 0.229,0.224,0.225).</source>
        <translation>TorchScript モデル: RGB チャンネルごとの入力標準偏差（既定値は ImageNet の 0.229,0.224,0.225）。</translation>
    </message>
    <message>
        <source>TorchScript models traced at one size: WxH; images are resized to it.</source>
        <translation>1 つのサイズでトレースされた TorchScript モデル: WxH。画像はこのサイズにリサイズされます。</translation>
    </message>
    <message>
        <source>size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>--mean, --std and --input-size go with --classes</source>
        <translation>--mean、--std、--input-size は --classes と一緒に指定してください</translation>
    </message>
    <message>
        <source>--%1 takes three numbers separated by commas, e.g. 0.5,0.5,0.5</source>
        <translation>--%1 にはカンマ区切りの数値を 3 つ指定してください。例: 0.5,0.5,0.5</translation>
    </message>
    <message>
        <source>--input-size takes WxH, e.g. 520x520</source>
        <translation>--input-size には WxH を指定してください。例: 520x520</translation>
    </message>
</context>
<context>
    <name>ModelTable</name>
    <message>
        <source>Backbone</source>
        <translation>バックボーン</translation>
    </message>
    <message>
        <source>The encoder: a ResNet (He et al. 2016) or a VGG network (Simonyan and Zisserman 2015).</source>
        <translation>エンコーダー: ResNet（He ら 2016）または VGG ネットワーク（Simonyan・Zisserman 2015）。</translation>
    </message>
    <message>
        <source>The encoder: a ResNet (He et al. 2016).</source>
        <translation>エンコーダー: ResNet（He ら 2016）。</translation>
    </message>
    <message>
        <source>The encoder: a VGG network (Simonyan and Zisserman 2015).</source>
        <translation>エンコーダー: VGG ネットワーク（Simonyan・Zisserman 2015）。</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>幅</translation>
    </message>
    <message>
        <source>Channels of the backbone&apos;s first stage: 64 as in the papers; fewer train faster.</source>
        <translation>バックボーンの第 1 ステージのチャンネル数: 論文では 64。少ないほど学習が速くなります。</translation>
    </message>
    <message>
        <source>Output stride</source>
        <translation>出力ストライド</translation>
    </message>
    <message>
        <source>How much smaller than the image the deepest features are: 8 keeps finer detail and costs about four times more.</source>
        <translation>最深部の特徴が画像よりどれだけ小さいか: 8 は細部をより保ちますが、計算量が約 4 倍になります。</translation>
    </message>
    <message>
        <source>Atrous rate</source>
        <translation>Atrous レート</translation>
    </message>
    <message>
        <source>scaled to the training crop</source>
        <translation>学習時のクロップに合わせて調整</translation>
    </message>
    <message>
        <source>Channels of the highest-resolution branch (W); the others have 2W, 4W and 8W. 18 as in HRNet-W18.</source>
        <translation>最高解像度ブランチのチャンネル数（W）。他のブランチは 2W、4W、8W です。HRNet-W18 と同じく 18。</translation>
    </message>
    <message>
        <source>Channels of the first stage and of every attention head; the stages have 1, 2, 5 and 8 times as many. 32 as in MiT-B0.</source>
        <translation>第 1 ステージと各アテンションヘッドのチャンネル数。各ステージはその 1、2、5、8 倍です。MiT-B0 と同じく 32。</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>深さ</translation>
    </message>
    <message>
        <source>Transformer blocks in each of the four stages (2 in MiT-B0).</source>
        <translation>4 つの各ステージの Transformer ブロック数（MiT-B0 では 2）。</translation>
    </message>
    <message>
        <source>Channels of the first stage; each of the four stages doubles them. 16 as in the paper.</source>
        <translation>第 1 ステージのチャンネル数。4 つのステージごとに 2 倍になります。論文と同じく 16。</translation>
    </message>
    <message>
        <source>Bilinear upsampling</source>
        <translation>双線形アップサンプリング</translation>
    </message>
    <message>
        <source>Upsample bilinearly instead of with a learned 2x2 transposed convolution.</source>
        <translation>学習可能な 2x2 転置畳み込みではなく、双線形補間でアップサンプリングします。</translation>
    </message>
    <message>
        <source>Normalisation</source>
        <translation>正規化</translation>
    </message>
    <message>
        <source>Batch: BatchNorm, the usual choice. Instance: each image normalised by its own statistics, in training and prediction alike; learns faster from a few images (live learning uses it).</source>
        <translation>バッチ: BatchNorm。一般的な選択です。インスタンス: 学習時も予測時も、各画像をその画像自身の統計量で正規化します。少ない画像からより速く学習します（ライブ学習で使用）。</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>バッチ</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>インスタンス</translation>
    </message>
    <message>
        <source>Channels of the first stage; each deeper stage doubles them.</source>
        <translation>第 1 ステージのチャンネル数。ステージが深くなるごとに 2 倍になります。</translation>
    </message>
    <message>
        <source>Number of stages, each at half the resolution of the last.</source>
        <translation>ステージ数。各ステージの解像度は前のステージの半分です。</translation>
    </message>
    <message>
        <source>DeepLab v1 (LargeFOV)</source>
        <translation>DeepLab v1（LargeFOV）</translation>
    </message>
    <message>
        <source>Chen et al. 2015: a VGG network kept at output stride 8, and a classifier whose atrous convolution sees a large field of view.</source>
        <translation>Chen ら 2015: 出力ストライド 8 に保った VGG ネットワークと、Atrous 畳み込みで広い視野を持つ分類器。</translation>
    </message>
    <message>
        <source>Dilation of the fc6 classifier layer: 12 in the paper, for 321-pixel crops.</source>
        <translation>fc6 分類層の膨張率: 論文では 12（321 ピクセルのクロップの場合）。</translation>
    </message>
    <message>
        <source>DeepLab v2</source>
        <translation>DeepLab v2</translation>
    </message>
    <message>
        <source>Chen et al. 2017: four atrous classifiers at rates r, 2r, 3r and 4r whose scores are summed (atrous spatial pyramid pooling).</source>
        <translation>Chen ら 2017: レート r、2r、3r、4r の 4 つの Atrous 分類器のスコアを合計します（Atrous 空間ピラミッドプーリング）。</translation>
    </message>
    <message>
        <source>The smallest of the four rates, r: 6 in the paper, for 321-pixel crops.</source>
        <translation>4 つのレートの最小値 r: 論文では 6（321 ピクセルのクロップの場合）。</translation>
    </message>
    <message>
        <source>U-Net</source>
        <translation>U-Net</translation>
    </message>
    <message>
        <source>Ronneberger et al. 2015: an encoder and a decoder joined by skip connections at every scale.</source>
        <translation>Ronneberger ら 2015: エンコーダーとデコーダーを各スケールのスキップ接続でつないだネットワーク。</translation>
    </message>
    <message>
        <source>FCN-8s</source>
        <translation>FCN-8s</translation>
    </message>
    <message>
        <source>Long et al. 2015: class scores from strides 32, 16 and 8, summed.</source>
        <translation>Long ら 2015: ストライド 32、16、8 のクラススコアを合計します。</translation>
    </message>
    <message>
        <source>FCN-16s</source>
        <translation>FCN-16s</translation>
    </message>
    <message>
        <source>Long et al. 2015: class scores from strides 32 and 16, summed.</source>
        <translation>Long ら 2015: ストライド 32 と 16 のクラススコアを合計します。</translation>
    </message>
    <message>
        <source>FCN-32s</source>
        <translation>FCN-32s</translation>
    </message>
    <message>
        <source>Long et al. 2015: class scores from stride 32, upsampled.</source>
        <translation>Long ら 2015: ストライド 32 のクラススコアをアップサンプリングします。</translation>
    </message>
    <message>
        <source>SegNet</source>
        <translation>SegNet</translation>
    </message>
    <message>
        <source>Badrinarayanan et al. 2017: a VGG encoder whose max-pooling positions tell the decoder where to unpool.</source>
        <translation>Badrinarayanan ら 2017: VGG エンコーダーの最大プーリングの位置を使って、デコーダーがアンプーリングする位置を決めます。</translation>
    </message>
    <message>
        <source>DeepLabv3</source>
        <translation>DeepLabv3</translation>
    </message>
    <message>
        <source>Chen et al. 2017: atrous spatial pyramid pooling on a dilated backbone.</source>
        <translation>Chen ら 2017: 膨張畳み込みバックボーン上の Atrous 空間ピラミッドプーリング。</translation>
    </message>
    <message>
        <source>DeepLabv3+</source>
        <translation>DeepLabv3+</translation>
    </message>
    <message>
        <source>Chen et al. 2018: atrous spatial pyramid pooling on a dilated backbone, and a decoder that sharpens borders with stride-4 features.</source>
        <translation>Chen ら 2018: 膨張畳み込みバックボーン上の Atrous 空間ピラミッドプーリングと、ストライド 4 の特徴で境界を鮮明にするデコーダー。</translation>
    </message>
    <message>
        <source>PSPNet</source>
        <translation>PSPNet</translation>
    </message>
    <message>
        <source>Zhao et al. 2017: pyramid pooling over 1, 2, 3 and 6 bins gives every pixel the context of its region and of the whole image.</source>
        <translation>Zhao ら 2017: 1、2、3、6 分割のピラミッドプーリングにより、各ピクセルに周辺領域と画像全体のコンテキストを与えます。</translation>
    </message>
    <message>
        <source>RefineNet (light-weight)</source>
        <translation>RefineNet（軽量版）</translation>
    </message>
    <message>
        <source>Lin et al. 2017: the deepest features refined step by step with finer ones: residual convolution units, multi-resolution fusion and chained residual pooling.</source>
        <translation>Lin ら 2017: 最深部の特徴を、より細かい特徴で段階的に洗練します: 残差畳み込みユニット、マルチ解像度融合、連鎖残差プーリング。</translation>
    </message>
    <message>
        <source>HRNet (W18-small style)</source>
        <translation>HRNet（W18-small 相当）</translation>
    </message>
    <message>
        <source>Wang et al. 2020: branches at four resolutions run side by side and exchange features after every stage, so a high-resolution branch is kept all the way.</source>
        <translation>Wang ら 2020: 4 つの解像度のブランチを並行して動かし、各ステージの後で特徴を交換するため、高解像度のブランチが最後まで保たれます。</translation>
    </message>
    <message>
        <source>SegFormer (MiT-B0 style)</source>
        <translation>SegFormer（MiT-B0 相当）</translation>
    </message>
    <message>
        <source>Xie et al. 2021: a hierarchical transformer encoder with efficient self-attention and overlapping patch embeddings, and a light all-MLP decoder.</source>
        <translation>Xie ら 2021: 効率的な自己注意と重なりのあるパッチ埋め込みを備えた階層型 Transformer エンコーダーと、軽量な全 MLP デコーダー。</translation>
    </message>
    <message>
        <source>FC-EF (change detection)</source>
        <translation>FC-EF（変化検出）</translation>
    </message>
    <message>
        <source>Daudt et al. 2018: a U-Net-like network on the before and after images stacked as one 6-channel input (early fusion).</source>
        <translation>Daudt ら 2018: 変化前と変化後の画像を重ねて 1 つの 6 チャンネル入力とする U-Net 風のネットワーク（早期融合）。</translation>
    </message>
    <message>
        <source>FC-Siam-conc (change detection)</source>
        <translation>FC-Siam-conc（変化検出）</translation>
    </message>
    <message>
        <source>Daudt et al. 2018: one encoder with shared weights on each image; the decoder sees both encodings side by side.</source>
        <translation>Daudt ら 2018: 重みを共有する 1 つのエンコーダーを各画像に適用し、デコーダーは両方のエンコーディングを並べて受け取ります。</translation>
    </message>
    <message>
        <source>FC-Siam-diff (change detection)</source>
        <translation>FC-Siam-diff（変化検出）</translation>
    </message>
    <message>
        <source>Daudt et al. 2018: one encoder with shared weights on each image; the decoder sees the absolute difference of the encodings.</source>
        <translation>Daudt ら 2018: 重みを共有する 1 つのエンコーダーを各画像に適用し、デコーダーはエンコーディングの差の絶対値を受け取ります。</translation>
    </message>
</context>
<context>
    <name>ModelText</name>
    <message>
        <source>%1 or %2</source>
        <translation>%1 または %2</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1～%2</translation>
    </message>
    <message>
        <source>%1, a multiple of %2</source>
        <translation>%1（%2 の倍数）</translation>
    </message>
    <message>
        <source>%1 (0: %2)</source>
        <translation>%1（0: %2）</translation>
    </message>
    <message>
        <source>on or off</source>
        <translation>オンまたはオフ</translation>
    </message>
    <message>
        <source>Measured with %5 threads: %1 M parameters, %2 GMACs at 256x256, trains %3 images/s (128x128), predicts a 512x512 image in %4 ms</source>
        <translation>%5 スレッドで測定: パラメーター %1 M、256x256 で %2 GMACs、学習 %3 枚/s（128x128）、512x512 画像 1 枚の予測に %4 ms</translation>
    </message>
    <message>
        <source>%1; validation mIoU not measured yet.</source>
        <translation>%1。検証 mIoU はまだ測定されていません。</translation>
    </message>
    <message>
        <source>the demo</source>
        <translation>デモプロジェクト</translation>
    </message>
    <message>
        <source>synthetic change pairs</source>
        <translation>合成変化ペア</translation>
    </message>
    <message numerus="yes">
        <source>%1; validation mIoU %2 on %3 after %4 minutes of training (%n epoch(s)).</source>
        <translation>
            <numerusform>%1。%3 で %4 分間（%n エポック）学習した後の検証 mIoU は %2 です。</numerusform>
        </translation>
    </message>
    <message>
        <source>on</source>
        <translation>オン</translation>
    </message>
    <message>
        <source>off</source>
        <translation>オフ</translation>
    </message>
    <message>
        <source>Not measured yet in the model zoo.</source>
        <translation>モデルズーではまだ測定されていません。</translation>
    </message>
    <message>
        <source>%1 M parameters · %2 GMACs · trains %3 img/s · %4 ms per 512² image</source>
        <translation>パラメーター %1 M · %2 GMACs · 学習 %3 img/s · 512² 画像 1 枚あたり %4 ms</translation>
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
        <translation>画像または画像フォルダーのマスクを予測し、画像と同じ名前のパレット PNG として
書き出します（--overlay を付けると、マスクを重ねた画像も、マスクとは別に --out 内の
overlays フォルダーに書き出します）。
変化検出モデルは画像ペアを受け取ります: --input は変化前画像（またはフォルダー）、
--after は変化後画像（または --input の画像と名前で対応する画像のフォルダー）です。
タイルサイズより大きい画像は、重なり合うタイルに分けて予測します。</translation>
    </message>
    <message>
        <source>A checkpoint (best.pt or last.pt of a run) or a TorchScript model.</source>
        <translation>チェックポイント（ランの best.pt または last.pt）または TorchScript モデル。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>An image, or a folder of images.</source>
        <translation>画像 1 枚、または画像のフォルダー。</translation>
    </message>
    <message>
        <source>path</source>
        <translation>パス</translation>
    </message>
    <message>
        <source>Change detection: the after image, or a folder of after images named as --input&apos;s.</source>
        <translation>変化検出: 変化後画像、または --input と同じ名前の変化後画像のフォルダー。</translation>
    </message>
    <message>
        <source>Folder for the masks (created if missing).</source>
        <translation>マスクの出力先フォルダー（存在しない場合は作成します）。</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>フォルダー</translation>
    </message>
    <message>
        <source>Also write overlays/&lt;name&gt;_overlay.png inside --out: the image with the mask blended in.</source>
        <translation>--out 内に overlays/&lt;名前&gt;_overlay.png も書き出します: マスクを重ねた画像です。</translation>
    </message>
    <message>
        <source>Tile size for large images (default 512).</source>
        <translation>大きな画像のタイルサイズ（既定値 512）。</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>--checkpoint, --input and --out are required</source>
        <translation>--checkpoint、--input、--out は必須です</translation>
    </message>
    <message>
        <source>this model compares image pairs: give the after images with --after</source>
        <translation>このモデルは画像ペアを比較します: --after で変化後画像を指定してください</translation>
    </message>
    <message>
        <source>--after is for change detection models; this one predicts single images</source>
        <translation>--after は変化検出モデル用です。このモデルは単一の画像を予測します</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告: %1</translation>
    </message>
    <message>
        <source>Wrote %1 masks to %2</source>
        <translation>%1 枚のマスクを %2 に書き出しました</translation>
    </message>
</context>
<context>
    <name>ProcessLauncher</name>
    <message>
        <source>No free port on the loopback interface for the processes to meet on</source>
        <translation>プロセス同士の接続に使えるループバックインターフェースの空きポートがありません</translation>
    </message>
    <message>
        <source>Could not start training process %1: %2</source>
        <translation>学習プロセス %1 を開始できませんでした: %2</translation>
    </message>
</context>
<context>
    <name>RunsCommand</name>
    <message>
        <source>Lists a project&apos;s training runs (runs/&lt;id&gt;/) with their model, epochs and best validation mIoU, as the window&apos;s Runs list does.</source>
        <translation>プロジェクトの学習ラン（runs/&lt;id&gt;/）を、モデル、エポック数、最高検証 mIoU とともに一覧表示します。ウィンドウの「ラン」一覧と同じです。</translation>
    </message>
    <message>
        <source>Project folder or project.json.</source>
        <translation>プロジェクトフォルダーまたは project.json。</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>フォルダー</translation>
    </message>
    <message>
        <source>--data is required</source>
        <translation>--data は必須です</translation>
    </message>
    <message>
        <source>No runs in %1</source>
        <translation>%1 にランはありません</translation>
    </message>
    <message>
        <source>run</source>
        <translation>ラン</translation>
    </message>
    <message>
        <source>model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>epochs</source>
        <translation>エポック数</translation>
    </message>
    <message>
        <source>best mIoU</source>
        <translation>最高 mIoU</translation>
    </message>
    <message>
        <source>resumable</source>
        <translation>再開可能</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告: %1</translation>
    </message>
</context>
<context>
    <name>RuntimeText</name>
    <message numerus="yes">
        <source>CUDA: %n device(s) usable</source>
        <translation>
            <numerusform>CUDA: %n 台のデバイスが使用可能</numerusform>
        </translation>
    </message>
    <message>
        <source>CUDA: built in, but no usable device</source>
        <translation>CUDA: 組み込み済みですが、使用可能なデバイスがありません</translation>
    </message>
    <message>
        <source>CUDA: not available (this LibTorch is built for the CPU only)</source>
        <translation>CUDA: 使用不可（この LibTorch は CPU 専用にビルドされています）</translation>
    </message>
    <message>
        <source>Qt %1, LibTorch %2 (oneDNN %3), OpenCV %4</source>
        <translation>Qt %1、LibTorch %2（oneDNN %3）、OpenCV %4</translation>
    </message>
    <message>
        <source>CPU features: %1; LibTorch&apos;s own kernels use %2</source>
        <translation>CPU 機能: %1。LibTorch 自身のカーネルは %2 を使用</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>Threads: %1 of %2 hardware threads</source>
        <translation>スレッド: %1（ハードウェアスレッド %2 個中）</translation>
    </message>
    <message>
        <source>Licence: GNU General Public License, version 3 or later</source>
        <translation>ライセンス: GNU General Public License バージョン 3 以降</translation>
    </message>
</context>
<context>
    <name>ScissorsTool</name>
    <message>
        <source>Intelligent scissors</source>
        <translation>インテリジェントシザー</translation>
    </message>
    <message>
        <source>Scissors fill</source>
        <translation>シザー塗りつぶし</translation>
    </message>
</context>
<context>
    <name>ScoreCommand</name>
    <message>
        <source>Scored %1 mask pairs, %2 pixels</source>
        <translation>%1 組のマスクを評価しました（%2 ピクセル）</translation>
    </message>
    <message>
        <source>Classes were inferred from the mask values; give --classes to name them.</source>
        <translation>クラスはマスクの値から推定しました。名前を付けるには --classes を指定してください。</translation>
    </message>
    <message>
        <source>Scores predicted masks against ground-truth masks paired by file name: per-class
IoU, Dice, accuracy and precision; pixel accuracy, mean class accuracy, mIoU,
frequency-weighted IoU and mean Dice. Pixels marked 255 in the ground truth are ignored.</source>
        <translation>予測マスクを、ファイル名で対応付けた正解マスクと比較して評価します: クラスごとの
IoU、Dice、精度、適合率。ピクセル精度、平均クラス精度、mIoU、
頻度重み付き IoU、平均 Dice。正解で 255 が付いたピクセルは無視されます。</translation>
    </message>
    <message>
        <source>Folder of predicted masks.</source>
        <translation>予測マスクのフォルダー。</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>フォルダー</translation>
    </message>
    <message>
        <source>Folder of ground-truth masks.</source>
        <translation>正解マスクのフォルダー。</translation>
    </message>
    <message>
        <source>labels.txt or classes.json naming the classes (needed for colour masks).</source>
        <translation>クラス名を定義する labels.txt または classes.json（カラーマスクの場合は必須）。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Print the scores as JSON.</source>
        <translation>スコアを JSON で出力します。</translation>
    </message>
    <message>
        <source>Fail on the first missing or unreadable mask instead of skipping it.</source>
        <translation>欠落しているマスクや読み込めないマスクがあれば、スキップせずにその時点で失敗します。</translation>
    </message>
    <message>
        <source>--pred and --gt are required</source>
        <translation>--pred と --gt は必須です</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>予期しない引数 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告: %1</translation>
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
        <translation>プロジェクトの学習用マスクを、急いでいるアノテーターが描くようなスクリブルに置き換えます:
各物体に 1 本、背景に数本のストロークを引き、残りは未ラベルにします。検証用マスクは
そのまま残るため、ランは完全な正解に対して評価されます。疎なラベルでどこまで学習できるかを
測るには、新しいプロジェクトで次のように実行します:
  segstudio-cli demo --out demo5 &amp;&amp; segstudio-cli scribble demo5 --fraction 0.05</translation>
    </message>
    <message>
        <source>The project (folder or project.json).</source>
        <translation>プロジェクト（フォルダーまたは project.json）。</translation>
    </message>
    <message>
        <source>Share of each image&apos;s pixels the scribbles cover, above 0 up to 1 (default %1); strokes widen until they reach it.</source>
        <translation>スクリブルが覆う各画像のピクセルの割合。0 より大きく 1 以下（既定値 %1）。この割合に達するまでストロークを太くします。</translation>
    </message>
    <message>
        <source>f</source>
        <translation>f</translation>
    </message>
    <message>
        <source>Strokes across the background of each image (default %1).</source>
        <translation>各画像の背景に引くストロークの数（既定値 %1）。</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Random seed (default %1).</source>
        <translation>乱数シード（既定値 %1）。</translation>
    </message>
    <message>
        <source>k</source>
        <translation>k</translation>
    </message>
    <message>
        <source>give one project</source>
        <translation>プロジェクトを 1 つ指定してください</translation>
    </message>
    <message numerus="yes">
        <source>Scribbled %n training masks into %1: %2% of their pixels labelled, strokes %3 to %4 px wide</source>
        <translation>
            <numerusform>%1 の学習用マスク %n 枚をスクリブルに置き換えました: ピクセルの %2% がラベル付き、ストロークの太さは %3～%4 px</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShapeTool</name>
    <message>
        <source>Lasso fill</source>
        <translation>投げ縄塗りつぶし</translation>
    </message>
    <message>
        <source>Polygon fill</source>
        <translation>ポリゴン塗りつぶし</translation>
    </message>
</context>
<context>
    <name>StrokeTool</name>
    <message>
        <source>Erase</source>
        <translation>消去</translation>
    </message>
    <message>
        <source>Brush stroke</source>
        <translation>ブラシストローク</translation>
    </message>
</context>
<context>
    <name>SuperpixelTool</name>
    <message>
        <source>Superpixel fill</source>
        <translation>スーパーピクセル塗りつぶし</translation>
    </message>
    <message>
        <source>Superpixels</source>
        <translation>スーパーピクセル</translation>
    </message>
</context>
<context>
    <name>SynthCommand</name>
    <message>
        <source>Writes the synthetic-shapes demo dataset (images/, masks/, classes.json, labels.txt):
circles, rectangles, triangles and ellipses with masks of their kind.</source>
        <translation>合成図形のデモデータセット（images/、masks/、classes.json、labels.txt）を書き出します:
円、長方形、三角形、楕円と、その種類を示すマスクです。</translation>
    </message>
    <message>
        <source>Folder to write the dataset into (created if missing).</source>
        <translation>データセットを書き出すフォルダー（存在しない場合は作成します）。</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>フォルダー</translation>
    </message>
    <message>
        <source>Number of images (default 500).</source>
        <translation>画像の枚数（既定値 500）。</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Image size: S or WxH, 16 to 8192 (default 128).</source>
        <translation>画像サイズ: S または WxH、16～8192（既定値 128）。</translation>
    </message>
    <message>
        <source>size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>Random seed; the same seed gives the same dataset (default 1).</source>
        <translation>乱数シード。同じシードからは同じデータセットが生成されます（既定値 1）。</translation>
    </message>
    <message>
        <source>k</source>
        <translation>k</translation>
    </message>
    <message>
        <source>Gaussian pixel noise sigma, 0 to 64 (default 6).</source>
        <translation>ピクセルに加えるガウスノイズのシグマ、0～64（既定値 6）。</translation>
    </message>
    <message>
        <source>sigma</source>
        <translation>シグマ</translation>
    </message>
    <message>
        <source>Write change-detection pairs instead, in the LEVIR-CD layout (A/, B/, label/): shapes appear, vanish and move between the two images while their colours drift.</source>
        <translation>代わりに変化検出用のペアを LEVIR-CD の構成（A/、B/、label/）で書き出します: 2 枚の画像の間で図形が現れ、消え、移動し、色も変化します。</translation>
    </message>
    <message>
        <source>With --change: how far the after image&apos;s colours drift, 0 to 1 (default %1).</source>
        <translation>--change と併用: 変化後画像の色の変化の大きさ、0～1（既定値 %1）。</translation>
    </message>
    <message>
        <source>d</source>
        <translation>d</translation>
    </message>
    <message>
        <source>--out is required</source>
        <translation>--out は必須です</translation>
    </message>
    <message>
        <source>--size must be S or WxH with sides from 16 to 8192 (got &apos;%1&apos;)</source>
        <translation>--size は S または WxH で、辺の長さは 16～8192 にしてください（指定値: &apos;%1&apos;）</translation>
    </message>
    <message>
        <source>--drift needs --change</source>
        <translation>--drift には --change が必要です</translation>
    </message>
    <message>
        <source>synth: %1/%2 pairs</source>
        <translation>synth: %1/%2 ペア</translation>
    </message>
    <message>
        <source>synth: %1/%2 images</source>
        <translation>synth: %1/%2 枚</translation>
    </message>
    <message>
        <source>Wrote %1 image pairs of %2x%3 with change masks to %4</source>
        <translation>%2x%3 の画像ペア %1 組と変化マスクを %4 に書き出しました</translation>
    </message>
    <message>
        <source>Wrote %1 images of %2x%3 with masks to %4</source>
        <translation>%2x%3 の画像 %1 枚とマスクを %4 に書き出しました</translation>
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
        <translation>%1、残り約 %2</translation>
    </message>
</context>
<context>
    <name>TrainCommand</name>
    <message>
        <source>Trains a segmentation model on a dataset or project. Writes the run folder:
config.json, metrics.csv, log.txt, checkpoints/last.pt and best.pt.
Ctrl-C or SIGTERM stops after the current iteration and keeps a checkpoint to --resume from; SIGUSR1 pauses and SIGUSR2 continues.</source>
        <translation>データセットまたはプロジェクトでセグメンテーションモデルを学習します。ランフォルダーに
config.json、metrics.csv、log.txt、checkpoints/last.pt、best.pt を書き出します。
Ctrl-C または SIGTERM で現在のイテレーションの後に停止し、--resume で再開できるチェックポイントを残します。SIGUSR1 で一時停止、SIGUSR2 で再開します。</translation>
    </message>
    <message>
        <source>Dataset folder or project (folder or project.json).</source>
        <translation>データセットフォルダーまたはプロジェクト（フォルダーまたは project.json）。</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>フォルダー</translation>
    </message>
    <message>
        <source>Run folder to create (or continue, with --resume).</source>
        <translation>作成するランフォルダー（--resume の場合は続行するランフォルダー）。</translation>
    </message>
    <message>
        <source>Continue from a checkpoint (its run&apos;s last.pt).</source>
        <translation>チェックポイント（そのランの last.pt）から再開します。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Start from a config.json (options below override it).</source>
        <translation>config.json を基にします（以下のオプションで上書きされます）。</translation>
    </message>
    <message>
        <source>Start the backbone from these weights: a SegStudio checkpoint or a PyTorch state dict (torchvision&apos;s ResNet names work).</source>
        <translation>バックボーンをこの重みから開始します: SegStudio のチェックポイントまたは PyTorch の state dict（torchvision の ResNet の名前に対応）。</translation>
    </message>
    <message>
        <source>Epochs to train.</source>
        <translation>学習するエポック数。</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Batch size.</source>
        <translation>バッチサイズ。</translation>
    </message>
    <message>
        <source>Square training crop in pixels; 0 trains on whole images.</source>
        <translation>学習時の正方形クロップのサイズ（ピクセル）。0 の場合は画像全体で学習します。</translation>
    </message>
    <message>
        <source>Learning rate.</source>
        <translation>学習率。</translation>
    </message>
    <message>
        <source>rate</source>
        <translation>学習率</translation>
    </message>
    <message>
        <source>adam, adamw or sgd.</source>
        <translation>adam、adamw、sgd のいずれか。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Weight decay.</source>
        <translation>重み減衰。</translation>
    </message>
    <message>
        <source>w</source>
        <translation>w</translation>
    </message>
    <message>
        <source>ce, dice, ce_dice, focal or lovasz.</source>
        <translation>ce、dice、ce_dice、focal、lovasz のいずれか。</translation>
    </message>
    <message>
        <source>Cross-entropy weight per class, comma-separated, e.g. 0.5,1,1.</source>
        <translation>クラスごとの交差エントロピーの重み（カンマ区切り）。例: 0.5,1,1。</translation>
    </message>
    <message>
        <source>w,w,...</source>
        <translation>w,w,...</translation>
    </message>
    <message>
        <source>Cross-entropy label smoothing, 0 to 0.5.</source>
        <translation>交差エントロピーのラベルスムージング、0～0.5。</translation>
    </message>
    <message>
        <source>s</source>
        <translation>s</translation>
    </message>
    <message>
        <source>Focal loss focusing parameter.</source>
        <translation>Focal 損失のフォーカシングパラメーター。</translation>
    </message>
    <message>
        <source>g</source>
        <translation>g</translation>
    </message>
    <message>
        <source>ce_dice: weight of the Dice term.</source>
        <translation>ce_dice: Dice 項の重み。</translation>
    </message>
    <message>
        <source>For scribbled (partial) masks: weight of the dense-CRF regularised loss (Tang et al. 2018), which spreads labels up to the image&apos;s edges; 0 is off (default).</source>
        <translation>スクリブル（部分的な）マスク用: 全結合 CRF 正則化損失（Tang ら 2018）の重み。ラベルを画像のエッジまで広げます。0 でオフ（既定）。</translation>
    </message>
    <message>
        <source>The CRF loss kernel&apos;s width in pixels (%1).</source>
        <translation>CRF 損失カーネルの幅（ピクセル単位）（%1）。</translation>
    </message>
    <message>
        <source>px</source>
        <translation>px</translation>
    </message>
    <message>
        <source>The CRF loss kernel&apos;s width in intensity levels (%1).</source>
        <translation>CRF 損失カーネルの幅（輝度レベル単位）（%1）。</translation>
    </message>
    <message>
        <source>levels</source>
        <translation>レベル</translation>
    </message>
    <message>
        <source>poly, cosine, step or constant.</source>
        <translation>poly、cosine、step、constant のいずれか。</translation>
    </message>
    <message>
        <source>Linear warm-up iterations.</source>
        <translation>線形ウォームアップのイテレーション数。</translation>
    </message>
    <message>
        <source>Random scale range, e.g. 0.75,1.5.</source>
        <translation>ランダムスケールの範囲。例: 0.75,1.5。</translation>
    </message>
    <message>
        <source>min,max</source>
        <translation>min,max</translation>
    </message>
    <message>
        <source>Random rotation up to this many degrees.</source>
        <translation>この角度（度）までのランダム回転。</translation>
    </message>
    <message>
        <source>deg</source>
        <translation>度</translation>
    </message>
    <message>
        <source>Colour jitter strength (brightness, contrast, saturation), 0 to 1.</source>
        <translation>カラージッターの強さ（明るさ、コントラスト、彩度）、0～1。</translation>
    </message>
    <message>
        <source>Adversarial training (Luc et al. 2016): a discriminator learns to tell ground truth from predictions, and the model learns to fool it.</source>
        <translation>敵対的学習（Luc ら 2016）: 識別器が正解と予測を見分けるように学習し、モデルはそれを欺くように学習します。</translation>
    </message>
    <message>
        <source>Weight of the adversarial term next to the segmentation loss (%1).</source>
        <translation>セグメンテーション損失に対する敵対的項の重み（%1）。</translation>
    </message>
    <message>
        <source>The discriminator&apos;s learning rate (%1).</source>
        <translation>識別器の学習率（%1）。</translation>
    </message>
    <message>
        <source>No random horizontal flips.</source>
        <translation>ランダムな左右反転を行いません。</translation>
    </message>
    <message>
        <source>Random vertical flips too (for data without an up and down).</source>
        <translation>ランダムな上下反転も行います（上下の区別がないデータ向け）。</translation>
    </message>
    <message>
        <source>LibTorch threads (%1).</source>
        <translation>LibTorch のスレッド数（%1）。</translation>
    </message>
    <message>
        <source>all cores</source>
        <translation>全コア</translation>
    </message>
    <message>
        <source>Random seed.</source>
        <translation>乱数シード。</translation>
    </message>
    <message>
        <source>k</source>
        <translation>k</translation>
    </message>
    <message>
        <source>auto, cpu or cuda.</source>
        <translation>auto、cpu、cuda のいずれか。</translation>
    </message>
    <message>
        <source>Data-parallel training in this many processes on this machine, each with --batch images a step (set --threads to share the cores). Started by torchrun, srun or another launcher, the processes read RANK, WORLD_SIZE, LOCAL_RANK, MASTER_ADDR and MASTER_PORT instead.</source>
        <translation>このマシン上でこの数のプロセスによるデータ並列学習を行います。各プロセスは 1 ステップあたり --batch 枚の画像を処理します（コアを分け合うには --threads を設定してください）。torchrun、srun などのランチャーから起動された場合、プロセスは代わりに RANK、WORLD_SIZE、LOCAL_RANK、MASTER_ADDR、MASTER_PORT を読み取ります。</translation>
    </message>
    <message>
        <source>Data-parallel communication: gloo (CPU) or nccl (CUDA).</source>
        <translation>データ並列の通信方式: gloo（CPU）または nccl（CUDA）。</translation>
    </message>
    <message>
        <source>Validation share when the dataset has no split files (%1).</source>
        <translation>データセットに分割ファイルがない場合の検証セットの割合（%1）。</translation>
    </message>
    <message>
        <source>f</source>
        <translation>f</translation>
    </message>
    <message>
        <source>--data is required</source>
        <translation>--data は必須です</translation>
    </message>
    <message>
        <source>--out is required (or --resume a checkpoint)</source>
        <translation>--out は必須です（または --resume でチェックポイントを指定してください）</translation>
    </message>
    <message>
        <source>--adversarial-weight and --discriminator-lr need --adversarial</source>
        <translation>--adversarial-weight と --discriminator-lr には --adversarial が必要です</translation>
    </message>
    <message>
        <source>--scale takes two numbers, e.g. 0.75,1.5</source>
        <translation>--scale には数値を 2 つ指定してください。例: 0.75,1.5</translation>
    </message>
    <message>
        <source>--class-weights takes numbers, e.g. 0.5,1,1</source>
        <translation>--class-weights には数値を指定してください。例: 0.5,1,1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告: %1</translation>
    </message>
    <message>
        <source>--backend is gloo or nccl</source>
        <translation>--backend は gloo または nccl にしてください</translation>
    </message>
    <message>
        <source>Finished: best mIoU %1 at epoch %2; checkpoints in %3</source>
        <translation>完了: 最高 mIoU %1（エポック %2）。チェックポイントは %3 にあります</translation>
    </message>
    <message>
        <source>Stopped after %1 complete epochs. Continue with: --resume %2</source>
        <translation>%1 エポックを完了した時点で停止しました。続行するには: --resume %2</translation>
    </message>
    <message>
        <source>rank %1: </source>
        <translation>ランク %1: </translation>
    </message>
    <message>
        <source>Training failed: %1</source>
        <translation>学習に失敗しました: %1</translation>
    </message>
</context>
<context>
    <name>seg::ui::Annotator</name>
    <message>
        <source>&lt;opened&gt;</source>
        <translation>&lt;開いた時点&gt;</translation>
    </message>
    <message>
        <source>Pre-label with model</source>
        <translation>モデルで事前ラベル付け</translation>
    </message>
    <message>
        <source>Pre-labelled %1 with %2: correct what is wrong.</source>
        <translation>%1 を %2 で事前ラベル付けしました: 誤っている部分を修正してください。</translation>
    </message>
    <message>
        <source>Painting Tools</source>
        <translation>描画ツール</translation>
    </message>
    <message>
        <source>Painting Options</source>
        <translation>描画オプション</translation>
    </message>
    <message>
        <source>Brush</source>
        <translation>ブラシ</translation>
    </message>
    <message>
        <source>Paint the current class; Shift+click draws a straight line</source>
        <translation>現在のクラスで描きます。Shift+クリックで直線を描きます</translation>
    </message>
    <message>
        <source>Eraser</source>
        <translation>消しゴム</translation>
    </message>
    <message>
        <source>Make pixels unlabelled again</source>
        <translation>ピクセルを未ラベルに戻します</translation>
    </message>
    <message>
        <source>Fill</source>
        <translation>塗りつぶし</translation>
    </message>
    <message>
        <source>Fill the region of similar colour under the click</source>
        <translation>クリックした位置の似た色の領域を塗りつぶします</translation>
    </message>
    <message>
        <source>Polygon</source>
        <translation>ポリゴン</translation>
    </message>
    <message>
        <source>Click the corners; double-click or Enter fills</source>
        <translation>頂点をクリックします。ダブルクリックまたは Enter で塗りつぶします</translation>
    </message>
    <message>
        <source>Lasso</source>
        <translation>投げ縄</translation>
    </message>
    <message>
        <source>Drag around an area to fill it</source>
        <translation>領域を囲むようにドラッグして塗りつぶします</translation>
    </message>
    <message>
        <source>Rectangle</source>
        <translation>矩形</translation>
    </message>
    <message>
        <source>Drag to fill a rectangle</source>
        <translation>ドラッグして矩形を塗りつぶします</translation>
    </message>
    <message>
        <source>Pick Class</source>
        <translation>クラスを取得</translation>
    </message>
    <message>
        <source>Click a pixel to paint with its class (or Alt+click with any tool)</source>
        <translation>ピクセルをクリックして、そのクラスで描画するようにします（どのツールでも Alt+クリックで可能）</translation>
    </message>
    <message>
        <source>GrabCut</source>
        <translation>GrabCut</translation>
    </message>
    <message>
        <source>Drag a box around an object; labels inside the box guide it (the current class as object, others as background)</source>
        <translation>物体を囲むボックスをドラッグします。ボックス内のラベルがガイドになります（現在のクラスを物体、他のクラスを背景として扱います）</translation>
    </message>
    <message>
        <source>Superpixel</source>
        <translation>スーパーピクセル</translation>
    </message>
    <message>
        <source>Click to fill the superpixel (a patch of similar colour) under the cursor</source>
        <translation>クリックすると、カーソル位置のスーパーピクセル（似た色の小領域）を塗りつぶします</translation>
    </message>
    <message>
        <source>Scissors</source>
        <translation>シザー</translation>
    </message>
    <message>
        <source>Click points along an object&apos;s edge; the path follows the edges; double-click closes and fills</source>
        <translation>物体のエッジに沿って点をクリックします。経路はエッジに沿って引かれます。ダブルクリックで閉じて塗りつぶします</translation>
    </message>
    <message>
        <source>Accept in Box</source>
        <translation>ボックス内を採用</translation>
    </message>
    <message>
        <source>Live mode: drag a box; the live prediction fills the unlabelled pixels inside it</source>
        <translation>ライブモード: ボックスをドラッグすると、その中の未ラベルピクセルにライブ予測が適用されます</translation>
    </message>
    <message>
        <source> Size </source>
        <translation> サイズ </translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Brush size: [ and ], or Ctrl+wheel</source>
        <translation>ブラシサイズ: [ と ]、または Ctrl+ホイール</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>丸</translation>
    </message>
    <message>
        <source>Square</source>
        <translation>四角</translation>
    </message>
    <message>
        <source> Paint over </source>
        <translation> 描画対象 </translation>
    </message>
    <message>
        <source>anything</source>
        <translation>すべて</translation>
    </message>
    <message>
        <source>unlabelled only</source>
        <translation>未ラベルのみ</translation>
    </message>
    <message>
        <source>the picked class only</source>
        <translation>選択したクラスのみ</translation>
    </message>
    <message>
        <source>Which pixels strokes and fills may change</source>
        <translation>ストロークと塗りつぶしで変更できるピクセル</translation>
    </message>
    <message>
        <source> Tolerance </source>
        <translation> 許容値 </translation>
    </message>
    <message>
        <source>Fill: how far a colour may be from the clicked pixel&apos;s</source>
        <translation>塗りつぶし: クリックしたピクセルの色からどれだけ離れた色まで含めるか</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>やり直し(&amp;R)</translation>
    </message>
    <message>
        <source>Fill Unlabelled with Current Class</source>
        <translation>未ラベル部分を現在のクラスで塗りつぶす</translation>
    </message>
    <message>
        <source>Replace Class...</source>
        <translation>クラスの置換...</translation>
    </message>
    <message>
        <source>Turn every pixel of one class into another in this mask</source>
        <translation>このマスク内で、あるクラスのすべてのピクセルを別のクラスに変更します</translation>
    </message>
    <message>
        <source>Replace Class</source>
        <translation>クラスの置換</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>置換元</translation>
    </message>
    <message>
        <source>with</source>
        <translation>置換先</translation>
    </message>
    <message>
        <source>Pre-label with Model</source>
        <translation>モデルで事前ラベル付け</translation>
    </message>
    <message>
        <source>Run a trained model on this image; its prediction fills the unlabelled pixels</source>
        <translation>学習済みモデルをこの画像で実行し、その予測で未ラベルのピクセルを埋めます</translation>
    </message>
    <message>
        <source>Grow Labels to Edges</source>
        <translation>ラベルをエッジまで広げる</translation>
    </message>
    <message>
        <source>Watershed: every unlabelled pixel takes the class of the scribble that reaches it first along the image&apos;s edges</source>
        <translation>ウォーターシェッド: 各未ラベルピクセルは、画像のエッジに沿って最初に到達したスクリブルのクラスになります</translation>
    </message>
    <message>
        <source>Replace class</source>
        <translation>クラスの置換</translation>
    </message>
    <message>
        <source>Predicting %1 with %2...</source>
        <translation>%1 を %2 で予測しています...</translation>
    </message>
    <message>
        <source>Scribble a few strokes of each class first.</source>
        <translation>先に各クラスを数ストロークずつ描いてください。</translation>
    </message>
    <message>
        <source>Grow labels</source>
        <translation>ラベルの拡張</translation>
    </message>
    <message>
        <source>Growing the labels of %1</source>
        <translation>%1 のラベルを拡張しています</translation>
    </message>
    <message>
        <source>%1 stays open: its edits could not be saved.</source>
        <translation>%1 は開いたままです: 編集を保存できませんでした。</translation>
    </message>
    <message>
        <source>Opening %1</source>
        <translation>%1 を開いています</translation>
    </message>
    <message numerus="yes">
        <source>Recovered %n unsaved edit(s) of %1 from the autosave journal.</source>
        <translation>
            <numerusform>自動保存ジャーナルから %1 の未保存の編集 %n 件を復元しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>The mask of %1 was not saved: %2
Its edits are kept in the autosave journal and come back when the image is opened again.</source>
        <translation>%1 のマスクを保存できませんでした: %2
編集は自動保存ジャーナルに保持され、画像を再び開くと復元されます。</translation>
    </message>
    <message>
        <source>The mask of %1 was not saved: %2
The image stays open so that its edits are not lost; free the folder and save again.</source>
        <translation>%1 のマスクを保存できませんでした: %2
編集が失われないよう、画像は開いたままにします。フォルダーの問題を解消してから、もう一度保存してください。</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 を保存しました</translation>
    </message>
    <message>
        <source>%1 has no labels left: it counts as unlabelled again.</source>
        <translation>%1 にはラベルが残っていません: 再び未ラベルとして扱われます。</translation>
    </message>
    <message>
        <source>Fill unlabelled</source>
        <translation>未ラベル部分の塗りつぶし</translation>
    </message>
</context>
<context>
    <name>seg::ui::BatchPredictionDialog</name>
    <message>
        <source>Batch Prediction</source>
        <translation>一括予測</translation>
    </message>
    <message>
        <source> (mIoU %1)</source>
        <translation> (mIoU %1)</translation>
    </message>
    <message>
        <source>Other Model...</source>
        <translation>他のモデル...</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>モデル:</translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation>参照...</translation>
    </message>
    <message>
        <source>Choose a Folder</source>
        <translation>フォルダーの選択</translation>
    </message>
    <message>
        <source>Images (a folder, or one file):</source>
        <translation>画像（フォルダーまたはファイル 1 つ）:</translation>
    </message>
    <message>
        <source>only for change detection models</source>
        <translation>変化検出モデルのみ</translation>
    </message>
    <message>
        <source>A change detection model compares two dates: the after image, or a folder of after images named as the images above</source>
        <translation>変化検出モデルは 2 つの時点を比較します: 変化後画像、または上の画像と同じ名前の変化後画像のフォルダー</translation>
    </message>
    <message>
        <source>After images (change pairs):</source>
        <translation>変化後画像（変化ペア）:</translation>
    </message>
    <message>
        <source>Masks to folder:</source>
        <translation>マスクの出力先フォルダー:</translation>
    </message>
    <message>
        <source>Also write overlays (the image with its mask blended in)</source>
        <translation>オーバーレイ（マスクを重ねた画像）も書き出す</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Larger images are predicted in overlapping tiles of this size</source>
        <translation>大きな画像は、このサイズの重なり合うタイルに分けて予測します</translation>
    </message>
    <message>
        <source>Tile size:</source>
        <translation>タイルサイズ:</translation>
    </message>
    <message>
        <source>Post-processing:</source>
        <translation>後処理:</translation>
    </message>
    <message>
        <source>Predict</source>
        <translation>予測</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Choose a Model</source>
        <translation>モデルの選択</translation>
    </message>
    <message>
        <source>Models (*.pt *.pth *.torchscript);;All files (*)</source>
        <translation>モデル (*.pt *.pth *.torchscript);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Stopped: wrote %1 of %2 masks to %3</source>
        <translation>停止しました: %2 枚中 %1 枚のマスクを %3 に書き出しました</translation>
    </message>
    <message>
        <source>Wrote %1 masks to %2</source>
        <translation>%1 枚のマスクを %2 に書き出しました</translation>
    </message>
    <message>
        <source>Predicting %1</source>
        <translation>%1 を予測しています</translation>
    </message>
</context>
<context>
    <name>seg::ui::ChangeFoldersDialog</name>
    <message>
        <source>Folders of the Change Pairs</source>
        <translation>変化ペアのフォルダー</translation>
    </message>
    <message>
        <source>SegStudio does not recognise the layout of %1. If it holds change pairs (two images of the same place at two dates, matched by file name, and masks of what changed), choose its folders.</source>
        <translation>SegStudio は %1 の構成を認識できません。変化ペア（同じ場所を 2 つの時点で撮影し、ファイル名で対応付けた画像と、変化部分のマスク）が含まれている場合は、そのフォルダーを選択してください。</translation>
    </message>
    <message>
        <source>(none: no labels yet)</source>
        <translation>（なし: まだラベルがありません）</translation>
    </message>
    <message>
        <source>Before images:</source>
        <translation>変化前画像:</translation>
    </message>
    <message>
        <source>After images:</source>
        <translation>変化後画像:</translation>
    </message>
    <message>
        <source>Change masks (0 unchanged, 255 change):</source>
        <translation>変化マスク（0 = 変化なし、255 = 変化あり）:</translation>
    </message>
    <message>
        <source>The folder needs at least two subfolders: the before and after images.</source>
        <translation>このフォルダーには少なくとも 2 つのサブフォルダー（変化前画像と変化後画像）が必要です。</translation>
    </message>
    <message>
        <source>The before and after images must be in different folders.</source>
        <translation>変化前画像と変化後画像は別々のフォルダーに置く必要があります。</translation>
    </message>
    <message>
        <source>The change masks must be in a folder of their own.</source>
        <translation>変化マスクは専用のフォルダーに置く必要があります。</translation>
    </message>
</context>
<context>
    <name>seg::ui::ClassEditorDialog</name>
    <message>
        <source>Edit Classes</source>
        <translation>クラスの編集</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>色</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>追加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>削除(&amp;R)</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>上へ移動(&amp;U)</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>下へ移動(&amp;D)</translation>
    </message>
    <message>
        <source>Double-click to change the colour</source>
        <translation>ダブルクリックで色を変更します</translation>
    </message>
    <message>
        <source>class %1</source>
        <translation>クラス %1</translation>
    </message>
    <message>
        <source>Colour of %1</source>
        <translation>%1 の色</translation>
    </message>
    <message>
        <source>Every mask keeps its meaning: masks are rewritten only if classes move.</source>
        <translation>各マスクの意味は保たれます: クラスの順序が変わった場合にのみ、マスクが書き換えられます。</translation>
    </message>
    <message numerus="yes">
        <source>%n removed class(es): their pixels become unlabelled in every mask.</source>
        <translation>
            <numerusform>削除したクラス %n 個: そのピクセルはすべてのマスクで未ラベルになります。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>seg::ui::ClassFrequencyChart</name>
    <message>
        <source>Share, %</source>
        <translation>割合 (%)</translation>
    </message>
    <message>
        <source>Open a project to see how often each class occurs.</source>
        <translation>プロジェクトを開くと、各クラスの出現頻度を確認できます。</translation>
    </message>
    <message>
        <source>Counting class pixels...</source>
        <translation>クラスのピクセルを集計しています...</translation>
    </message>
    <message>
        <source>Counting class pixels</source>
        <translation>クラスのピクセルの集計</translation>
    </message>
    <message>
        <source>No labelled pixels yet.</source>
        <translation>ラベル付きのピクセルはまだありません。</translation>
    </message>
    <message>
        <source>%1 labelled pixels; %2 unlabelled (ignored).</source>
        <translation>ラベル付きピクセル %1、未ラベル %2（無視）。</translation>
    </message>
</context>
<context>
    <name>seg::ui::ClassNamesDialog</name>
    <message>
        <source>Classes of the New Project</source>
        <translation>新規プロジェクトのクラス</translation>
    </message>
    <message>
        <source>One class per line, background first. Pixels you do not paint stay unlabelled, so no class is needed for them. Project &gt; Edit Classes changes them later.</source>
        <translation>1 行に 1 クラス、背景を最初に記述します。描画しないピクセルは未ラベルのままなので、そのためのクラスは不要です。クラスは後で「プロジェクト &gt; クラスの編集」で変更できます。</translation>
    </message>
    <message>
        <source>background</source>
        <translation>背景</translation>
    </message>
    <message>
        <source>object</source>
        <translation>物体</translation>
    </message>
    <message>
        <source>Load labels.txt...</source>
        <translation>labels.txt を読み込む...</translation>
    </message>
    <message>
        <source>Load Class Names</source>
        <translation>クラス名の読み込み</translation>
    </message>
    <message>
        <source>Label lists (*.txt)</source>
        <translation>ラベル一覧 (*.txt)</translation>
    </message>
    <message>
        <source>Name at least one class.</source>
        <translation>クラスを少なくとも 1 つ指定してください。</translation>
    </message>
    <message>
        <source>At most %1 classes.</source>
        <translation>クラスは最大 %1 個です。</translation>
    </message>
    <message>
        <source>Each class needs its own name.</source>
        <translation>クラスごとに異なる名前を付けてください。</translation>
    </message>
</context>
<context>
    <name>seg::ui::ClassPalette</name>
    <message>
        <source>Unlabelled: %1 px</source>
        <translation>未ラベル: %1 px</translation>
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
        <translation>モデル（最大 %1 個をチェック）</translation>
    </message>
    <message>
        <source>Add Model File...</source>
        <translation>モデルファイルを追加...</translation>
    </message>
    <message>
        <source>A SegStudio checkpoint or a TorchScript model saved from PyTorch</source>
        <translation>SegStudio のチェックポイント、または PyTorch から保存した TorchScript モデル</translation>
    </message>
    <message>
        <source>Add a Model</source>
        <translation>モデルの追加</translation>
    </message>
    <message>
        <source>Models (*.pt *.pth *.torchscript);;All files (*)</source>
        <translation>モデル (*.pt *.pth *.torchscript);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>At most %1 models are compared at once</source>
        <translation>一度に比較できるモデルは最大 %1 個です</translation>
    </message>
    <message>
        <source>This Image</source>
        <translation>この画像</translation>
    </message>
    <message>
        <source>Validation Images</source>
        <translation>検証画像</translation>
    </message>
    <message>
        <source>Validation Metrics</source>
        <translation>検証指標</translation>
    </message>
    <message>
        <source>%1 knows other classes than this project: its metrics are not shown</source>
        <translation>%1 はこのプロジェクトと異なるクラスを持っています: 指標は表示されません</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>表示:</translation>
    </message>
    <message>
        <source>Prediction</source>
        <translation>予測</translation>
    </message>
    <message>
        <source>Errors against ground truth</source>
        <translation>正解に対する誤り</translation>
    </message>
    <message>
        <source>Confidence (top probability)</source>
        <translation>確信度（最大確率）</translation>
    </message>
    <message>
        <source>Uncertainty (entropy)</source>
        <translation>不確実性（エントロピー）</translation>
    </message>
    <message>
        <source>Probability of a class</source>
        <translation>クラスの確率</translation>
    </message>
    <message>
        <source>Disagreement of two models</source>
        <translation>2 つのモデルの不一致</translation>
    </message>
    <message>
        <source>The class whose probability is shown</source>
        <translation>確率を表示するクラス</translation>
    </message>
    <message>
        <source>First model of the disagreement map</source>
        <translation>不一致マップの 1 つ目のモデル</translation>
    </message>
    <message>
        <source>Second model of the disagreement map</source>
        <translation>不一致マップの 2 つ目のモデル</translation>
    </message>
    <message>
        <source>Opacity:</source>
        <translation>不透明度:</translation>
    </message>
    <message>
        <source>Ground truth outlines</source>
        <translation>正解の輪郭</translation>
    </message>
    <message>
        <source>Draw the ground truth&apos;s outlines over every model&apos;s pane</source>
        <translation>各モデルのペインに正解の輪郭を描画します</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>クラス</translation>
    </message>
    <message>
        <source>Classes shown in the ground truth and the predictions</source>
        <translation>正解と予測に表示するクラス</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>全体表示</translation>
    </message>
    <message>
        <source>Show the whole image in every pane</source>
        <translation>各ペインに画像全体を表示します</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>変化前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>変化後</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>画像</translation>
    </message>
    <message>
        <source>Ground truth</source>
        <translation>正解</translation>
    </message>
    <message>
        <source>Disagreement</source>
        <translation>不一致</translation>
    </message>
    <message>
        <source>Choose an image in the Images list</source>
        <translation>「画像」一覧で画像を選択してください</translation>
    </message>
    <message>
        <source>Ground truth (none: the image is unlabelled)</source>
        <translation>正解（なし: この画像は未ラベルです）</translation>
    </message>
    <message>
        <source>%1 (predicting...)</source>
        <translation>%1（予測中...）</translation>
    </message>
    <message>
        <source>%1 (loading...)</source>
        <translation>%1（読み込み中...）</translation>
    </message>
    <message>
        <source>%1 (no ground truth to compare with)</source>
        <translation>%1（比較する正解がありません）</translation>
    </message>
    <message>
        <source>Tick two models and choose two different ones above</source>
        <translation>2 つのモデルにチェックを入れ、上で異なる 2 つのモデルを選択してください</translation>
    </message>
    <message>
        <source>Disagreement: %1 vs %2</source>
        <translation>不一致: %1 と %2</translation>
    </message>
    <message>
        <source>Waiting for both predictions...</source>
        <translation>両方の予測を待っています...</translation>
    </message>
    <message>
        <source>Disagreement: %1 vs %2 (%3% of pixels differ)</source>
        <translation>不一致: %1 と %2（%3% のピクセルが異なる）</translation>
    </message>
    <message>
        <source>Pixel accuracy %</source>
        <translation>ピクセル精度 %</translation>
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
        <translation>この画像で最良のモデル</translation>
    </message>
    <message>
        <source>(0 sure, 1 a uniform guess)</source>
        <translation>（0 = 確実、1 = 一様な推測）</translation>
    </message>
    <message>
        <source>(probability)</source>
        <translation>（確率）</translation>
    </message>
    <message>
        <source>ignored</source>
        <translation>無視</translation>
    </message>
    <message>
        <source>x %1, y %2</source>
        <translation>x %1、y %2</translation>
    </message>
    <message>
        <source>ground truth: %1</source>
        <translation>正解: %1</translation>
    </message>
    <message>
        <source>%1: %2 (%3%)</source>
        <translation>%1: %2（%3%）</translation>
    </message>
    <message>
        <source> (mIoU %1)</source>
        <translation> (mIoU %1)</translation>
    </message>
    <message>
        <source>At most %1 models are compared at once: untick one first</source>
        <translation>一度に比較できるモデルは最大 %1 個です: 先にいずれかのチェックを外してください</translation>
    </message>
</context>
<context>
    <name>seg::ui::DatasetListModel</name>
    <message>
        <source>%1
%2% unsure</source>
        <extracomment>Under an image&apos;s name in the images list: how unsure the model is about it.</extracomment>
        <translation>%1
不確実性 %2%</translation>
    </message>
    <message>
        <source>%1
Mean uncertainty of the model&apos;s prediction: %2 (0 sure, 1 a guess)</source>
        <translation>%1
モデルの予測の平均不確実性: %2（0 = 確実、1 = 推測）</translation>
    </message>
    <message>
        <source>Thumbnail of %1</source>
        <translation>%1 のサムネイル</translation>
    </message>
</context>
<context>
    <name>seg::ui::DemoProjectJob</name>
    <message>
        <source>Creating the demo project (synthetic shapes)...</source>
        <translation>デモプロジェクト（合成図形）を作成しています...</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Demo project</source>
        <translation>デモプロジェクト</translation>
    </message>
    <message>
        <source>Creating the demo project was cancelled.</source>
        <translation>デモプロジェクトの作成をキャンセルしました。</translation>
    </message>
</context>
<context>
    <name>seg::ui::DenseCrfButton</name>
    <message>
        <source>Dense CRF</source>
        <translation>全結合 CRF</translation>
    </message>
    <message>
        <source>CRF Settings…</source>
        <translation>CRF 設定…</translation>
    </message>
    <message>
        <source>Refine every model&apos;s prediction with a fully connected CRF (%1 iterations; appearance %2, %3 px, %4; smoothness %5, %6 px). Slower: each image takes longer to predict and score.</source>
        <translation>各モデルの予測を全結合 CRF で精緻化します（反復 %1 回。外観 %2、%3 px、%4。平滑化 %5、%6 px）。処理が遅くなります: 各画像の予測と評価に時間がかかります。</translation>
    </message>
</context>
<context>
    <name>seg::ui::DenseCrfDialog</name>
    <message>
        <source>Dense CRF Settings</source>
        <translation>全結合 CRF の設定</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>In 8-bit intensity levels</source>
        <translation>8 ビットの輝度レベル単位</translation>
    </message>
    <message>
        <source>A fully connected CRF refines every model&apos;s probabilities: pixels close in position and colour lean to the same class (appearance), and so do neighbours (smoothness).</source>
        <translation>全結合 CRF で各モデルの確率を精緻化します: 位置と色が近いピクセルほど同じクラスになりやすくなり（外観）、隣接するピクセルも同様です（平滑化）。</translation>
    </message>
    <message>
        <source>Mean-field iterations</source>
        <translation>平均場の反復回数</translation>
    </message>
    <message>
        <source>Appearance weight</source>
        <translation>外観の重み</translation>
    </message>
    <message>
        <source>Appearance spatial width</source>
        <translation>外観の空間幅</translation>
    </message>
    <message>
        <source>Appearance colour width</source>
        <translation>外観の色の幅</translation>
    </message>
    <message>
        <source>Smoothness weight</source>
        <translation>平滑化の重み</translation>
    </message>
    <message>
        <source>Smoothness spatial width</source>
        <translation>平滑化の空間幅</translation>
    </message>
</context>
<context>
    <name>seg::ui::EpochDetails</name>
    <message>
        <source>No epoch evaluated yet.</source>
        <translation>まだ評価されたエポックはありません。</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>クラス</translation>
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
        <translation>精度</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>適合率</translation>
    </message>
    <message>
        <source>Predicted</source>
        <translation>予測</translation>
    </message>
    <message>
        <source>Ground truth</source>
        <translation>正解</translation>
    </message>
    <message>
        <source>Epoch %1: mIoU %2, pixel accuracy %3</source>
        <translation>エポック %1: mIoU %2、ピクセル精度 %3</translation>
    </message>
</context>
<context>
    <name>seg::ui::ImageScoresModel</name>
    <message>
        <source>Image</source>
        <translation>画像</translation>
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
        <translation>ピクセル精度 %
%1</translation>
    </message>
    <message>
        <source>Worst class</source>
        <translation>最低クラス</translation>
    </message>
    <message>
        <source>Its IoU %</source>
        <translation>その IoU %</translation>
    </message>
    <message>
        <source>mIoU difference
%1 - %2</source>
        <translation>mIoU の差
%1 - %2</translation>
    </message>
</context>
<context>
    <name>seg::ui::LiveLearning</name>
    <message>
        <source>Live learning stopped before the model was saved as a run</source>
        <translation>モデルがランとして保存される前にライブ学習が停止しました</translation>
    </message>
    <message>
        <source>The live model was not saved as a run: %1</source>
        <translation>ライブモデルをランとして保存できませんでした: %1</translation>
    </message>
    <message>
        <source>Live learning paused: %1</source>
        <translation>ライブ学習を一時停止しました: %1</translation>
    </message>
</context>
<context>
    <name>seg::ui::LiveMode</name>
    <message>
        <source>Kept the live model as run %1 (no validation images to score it on)</source>
        <translation>ライブモデルをラン %1 として保存しました（評価に使う検証画像がありません）</translation>
    </message>
    <message>
        <source>Kept the live model as run %1: validation mIoU %2</source>
        <translation>ライブモデルをラン %1 として保存しました: 検証 mIoU %2</translation>
    </message>
    <message>
        <source>Live Learning</source>
        <translation>ライブ学習</translation>
    </message>
    <message>
        <source>Live learning (Ctrl+L): a network learns from what you paint, as you paint, and its prediction of this image shows under your strokes</source>
        <translation>ライブ学習 (Ctrl+L): 描画するそばから、描いた内容でネットワークが学習し、この画像に対する予測がストロークの下に表示されます</translation>
    </message>
    <message>
        <source>Pause Live Learning</source>
        <translation>ライブ学習を一時停止</translation>
    </message>
    <message>
        <source>Reset Live Model</source>
        <translation>ライブモデルをリセット</translation>
    </message>
    <message>
        <source>Start the live model afresh (your labels stay)</source>
        <translation>ライブモデルを最初から学習し直します（ラベルは残ります）</translation>
    </message>
    <message>
        <source>Show Uncertainty</source>
        <translation>不確実性を表示</translation>
    </message>
    <message>
        <source>Show where the live model is least sure (the brighter, the less sure): paint there next</source>
        <translation>ライブモデルの確信が最も低い場所を表示します（明るいほど不確実）: 次はそこを描いてください</translation>
    </message>
    <message>
        <source>Accept Prediction</source>
        <translation>予測を採用</translation>
    </message>
    <message>
        <source>Every unlabelled pixel of this image takes the live prediction (one undo step)</source>
        <translation>この画像のすべての未ラベルピクセルにライブ予測を適用します（1 回で元に戻せます）</translation>
    </message>
    <message>
        <source>Accept Prediction for Current Class</source>
        <translation>現在のクラスの予測を採用</translation>
    </message>
    <message>
        <source>Unlabelled pixels predicted as the current class take it (one undo step)</source>
        <translation>現在のクラスと予測された未ラベルピクセルを、そのクラスにします（1 回で元に戻せます）</translation>
    </message>
    <message>
        <source>Keep Live Model as Run</source>
        <translation>ライブモデルをランとして保存</translation>
    </message>
    <message>
        <source>Save the live model as an ordinary run, scored on the validation images</source>
        <translation>ライブモデルを通常のランとして保存し、検証画像で評価します</translation>
    </message>
    <message>
        <source>Live: paint a few strokes of each class</source>
        <translation>ライブ: 各クラスを数ストロークずつ描いてください</translation>
    </message>
    <message>
        <source>%1 is a validation image: live learning predicts it but does not learn from it, so that runs are scored honestly</source>
        <translation>%1 は検証画像です: ランを公正に評価するため、ライブ学習はこの画像を予測しますが、学習には使いません</translation>
    </message>
    <message numerus="yes">
        <source>Live learning skips %n unreadable training image(s)</source>
        <translation>
            <numerusform>ライブ学習は読み込めない学習画像 %n 枚をスキップします</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the training labels</source>
        <translation>学習ラベルを読み込んでいます</translation>
    </message>
    <message numerus="yes">
        <source>Live: %1 iterations, loss %2, %n labelled training image(s)</source>
        <translation>
            <numerusform>ライブ: %1 イテレーション、損失 %2、ラベル付き学習画像 %n 枚</numerusform>
        </translation>
    </message>
    <message>
        <source>Accept live prediction</source>
        <translation>ライブ予測の採用</translation>
    </message>
    <message>
        <source>Accept live prediction of %1</source>
        <translation>%1 のライブ予測の採用</translation>
    </message>
    <message>
        <source>Saving the live model as a run...</source>
        <translation>ライブモデルをランとして保存しています...</translation>
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
        <translation>プロジェクト（「ファイル &gt; プロジェクトを開く」）またはデモ（「ファイル &gt; デモプロジェクトを開く」）を開いてください。</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>画像</translation>
    </message>
    <message>
        <source>Training</source>
        <comment>the tab with the training charts</comment>
        <translation>学習</translation>
    </message>
    <message>
        <source>Compare</source>
        <comment>the tab comparing models&apos; predictions</comment>
        <translation>比較</translation>
    </message>
    <message>
        <source>%1 is hidden by the Images list&apos;s filter</source>
        <translation>%1 は「画像」一覧のフィルターで非表示になっています</translation>
    </message>
    <message>
        <source>Cannot export the model</source>
        <translation>モデルをエクスポートできません</translation>
    </message>
    <message>
        <source>All images</source>
        <translation>すべての画像</translation>
    </message>
    <message>
        <source>Training</source>
        <comment>the training split</comment>
        <translation>学習セット</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>検証セット</translation>
    </message>
    <message>
        <source>Unlabelled</source>
        <translation>未ラベル</translation>
    </message>
    <message>
        <source>Labelled</source>
        <translation>ラベル付き</translation>
    </message>
    <message>
        <source>Project order</source>
        <translation>プロジェクト順</translation>
    </message>
    <message>
        <source>Most uncertain first</source>
        <translation>不確実な順</translation>
    </message>
    <message>
        <source>Most uncertain first: the images a model is least sure about, to label next. Scores come from Project &gt; Rank Unlabelled Images by Uncertainty, and from live mode as it learns.</source>
        <translation>不確実な順: モデルの確信が最も低い画像から並べます。次にラベル付けする画像の目安になります。スコアは「プロジェクト &gt; 未ラベル画像を不確実性で並べ替え」と、学習中のライブモードから得られます。</translation>
    </message>
    <message>
        <source>Class Frequencies</source>
        <translation>クラスの頻度</translation>
    </message>
    <message>
        <source>Training Settings</source>
        <translation>学習設定</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>ラン</translation>
    </message>
    <message>
        <source>Per-Class Results</source>
        <translation>クラス別の結果</translation>
    </message>
    <message>
        <source>Training</source>
        <comment>title of a message about a training run</comment>
        <translation>学習</translation>
    </message>
    <message>
        <source>Cannot open project</source>
        <translation>プロジェクトを開けません</translation>
    </message>
    <message>
        <source>A model is training on the open project. Stop it first.</source>
        <translation>開いているプロジェクトでモデルを学習中です。先に学習を停止してください。</translation>
    </message>
    <message>
        <source>%1 - SegStudio</source>
        <translation>%1 - SegStudio</translation>
    </message>
    <message numerus="yes">
        <source>Opened %1: %n images</source>
        <translation>
            <numerusform>%1 を開きました: 画像 %n 枚</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Opened %1: %n images, %2 problems found</source>
        <translation>
            <numerusform>%1 を開きました: 画像 %n 枚、問題 %2 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Recovered unsaved edits</source>
        <translation>未保存の編集を復元しました</translation>
    </message>
    <message>
        <source>This project has no images in the chosen filter.</source>
        <translation>このプロジェクトには、選択したフィルターに該当する画像がありません。</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>クラス</translation>
    </message>
    <message>
        <source>History</source>
        <translation>履歴</translation>
    </message>
    <message>
        <source>Live Learning</source>
        <translation>ライブ学習</translation>
    </message>
    <message>
        <source>Mask</source>
        <translation>マスク</translation>
    </message>
    <message>
        <source>Opening %1...</source>
        <translation>%1 を開いています...</translation>
    </message>
    <message>
        <source>%1 found no unlabelled image it could score.</source>
        <translation>%1 では、スコア付けできる未ラベル画像が見つかりませんでした。</translation>
    </message>
    <message numerus="yes">
        <source>%1 ranked %n unlabelled images; the most uncertain (mean entropy %2) opens now, Ctrl+U for the next.</source>
        <translation>
            <numerusform>%1 で未ラベル画像 %n 枚を並べ替えました。最も不確実な画像（平均エントロピー %2）を開きます。次の画像へは Ctrl+U で移動します。</numerusform>
        </translation>
    </message>
    <message>
        <source>unlabelled</source>
        <translation>未ラベル</translation>
    </message>
    <message>
        <source>x %1  y %2  %3</source>
        <translation>x %1  y %2  %3</translation>
    </message>
    <message>
        <source>About SegStudio</source>
        <translation>SegStudio について</translation>
    </message>
    <message>
        <source>&lt;h3&gt;SegStudio %1&lt;/h3&gt;&lt;p&gt;A workbench for semantic segmentation: paint masks, train models, compare them.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;SegStudio %1&lt;/h3&gt;&lt;p&gt;セマンティックセグメンテーションのためのワークベンチ: マスクを描き、モデルを学習し、比較します。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Export Chart Data</source>
        <translation>グラフデータのエクスポート</translation>
    </message>
    <message>
        <source>Export Charts</source>
        <translation>グラフのエクスポート</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>PNG 画像 (*.png);;SVG 図 (*.svg);;PDF ドキュメント (*.pdf)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 を保存しました</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>エクスポートに失敗しました</translation>
    </message>
    <message>
        <source>%1 could not be written.</source>
        <translation>%1 に書き込めませんでした。</translation>
    </message>
    <message>
        <source>Training is running</source>
        <translation>学習を実行中です</translation>
    </message>
    <message>
        <source>Stop training and quit? The run keeps its last checkpoint and can be resumed.</source>
        <translation>学習を停止して終了しますか？ ランには最後のチェックポイントが残るので、後で再開できます。</translation>
    </message>
    <message>
        <source>Unsaved edits</source>
        <translation>未保存の編集</translation>
    </message>
    <message>
        <source>The edits of %1 cannot be saved (see the message before). Quit and lose them?</source>
        <translation>%1 の編集を保存できません（前のメッセージを参照）。終了して編集を破棄しますか？</translation>
    </message>
    <message>
        <source>System Default</source>
        <translation>システムの既定</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>SegStudio speaks the language you chose from its next start. Restart now?</source>
        <translation>選択した言語は SegStudio の次回起動時から使われます。今すぐ再起動しますか？</translation>
    </message>
    <message>
        <source>Restart Now</source>
        <translation>今すぐ再起動</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>後で</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New Project from Dataset...</source>
        <translation>データセットから新規プロジェクト(&amp;N)...</translation>
    </message>
    <message>
        <source>New Project from &amp;Image Folder...</source>
        <translation>画像フォルダーから新規プロジェクト(&amp;I)...</translation>
    </message>
    <message>
        <source>&amp;Open Project...</source>
        <translation>プロジェクトを開く(&amp;O)...</translation>
    </message>
    <message>
        <source>&amp;Save Project</source>
        <translation>プロジェクトを保存(&amp;S)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近使ったプロジェクト(&amp;R)</translation>
    </message>
    <message>
        <source>Open &amp;Demo Project</source>
        <translation>デモプロジェクトを開く(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Follow a Run Folder...</source>
        <translation>ランフォルダーを追跡(&amp;F)...</translation>
    </message>
    <message>
        <source>Choose a Run Folder to Follow (one with metrics.csv)</source>
        <translation>追跡するランフォルダーを選択（metrics.csv を含むもの）</translation>
    </message>
    <message>
        <source>Show the curves of a run that another process or machine is training, and follow them as it writes: a run folder on a shared or synced disk. Read-only.</source>
        <translation>別のプロセスやマシンで学習中のランの曲線を表示し、書き込みに合わせて追跡します: 共有または同期されたディスク上のランフォルダーを指定します。読み取り専用です。</translation>
    </message>
    <message>
        <source>Export Charts as &amp;Image...</source>
        <translation>グラフを画像としてエクスポート(&amp;I)...</translation>
    </message>
    <message>
        <source>Export Charts as &amp;CSV...</source>
        <translation>グラフを CSV としてエクスポート(&amp;C)...</translation>
    </message>
    <message>
        <source>Export &amp;Model for PyTorch...</source>
        <translation>PyTorch 用にモデルをエクスポート(&amp;M)...</translation>
    </message>
    <message>
        <source>Write a trained model as a TorchScript file that PyTorch loads with torch.jit.load</source>
        <translation>学習済みモデルを、PyTorch の torch.jit.load で読み込める TorchScript ファイルとして書き出します</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Live</source>
        <translation>ライブ(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Project</source>
        <translation>プロジェクト(&amp;P)</translation>
    </message>
    <message>
        <source>Edit &amp;Classes...</source>
        <translation>クラスの編集(&amp;C)...</translation>
    </message>
    <message>
        <source>Choose &amp;Model for Assistance...</source>
        <translation>補助に使うモデルを選択(&amp;M)...</translation>
    </message>
    <message>
        <source>&amp;Rank Unlabelled Images by Uncertainty</source>
        <translation>未ラベル画像を不確実性で並べ替え(&amp;R)</translation>
    </message>
    <message>
        <source>The trained model scores each unlabelled image; label the most uncertain first</source>
        <translation>学習済みモデルで各未ラベル画像をスコア付けします。最も不確実な画像からラベル付けしてください</translation>
    </message>
    <message>
        <source>Next Most &amp;Uncertain Image</source>
        <translation>次に不確実性の高い画像(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Batch Prediction...</source>
        <translation>一括予測(&amp;B)...</translation>
    </message>
    <message>
        <source>Predict a folder of images into masks with a trained model</source>
        <translation>学習済みモデルで画像フォルダーを予測し、マスクを作成します</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>Show &amp;Mask</source>
        <translation>マスクを表示(&amp;M)</translation>
    </message>
    <message>
        <source>Mask &amp;Outlines Only</source>
        <translation>マスクの輪郭のみ(&amp;O)</translation>
    </message>
    <message>
        <source>Show &amp;After Image</source>
        <translation>変化後画像を表示(&amp;A)</translation>
    </message>
    <message>
        <source>Change pairs: show the after image instead of the before image (A flips between them); the mask stays the same</source>
        <translation>変化ペア: 変化前画像の代わりに変化後画像を表示します（A キーで切り替え）。マスクは変わりません</translation>
    </message>
    <message>
        <source>Zoom to &amp;Fit</source>
        <translation>ウィンドウに合わせる(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Actual Pixels</source>
        <translation>等倍表示(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Next Image</source>
        <translation>次の画像(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Previous Image</source>
        <translation>前の画像(&amp;P)</translation>
    </message>
    <message>
        <source>Next &amp;Unlabelled Image</source>
        <translation>次の未ラベル画像(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Images</source>
        <translation>画像(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Training Charts</source>
        <translation>学習グラフ(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Compare Models</source>
        <translation>モデルを比較(&amp;C)</translation>
    </message>
    <message>
        <source>Show Model &amp;Prediction</source>
        <translation>モデルの予測を表示(&amp;P)</translation>
    </message>
    <message>
        <source>The model&apos;s prediction of this image as outlines over the painting (Fix Label in the Compare tab)</source>
        <translation>この画像に対するモデルの予測を、描画の上に輪郭で表示します（「比較」タブの「ラベル修正」を参照）</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Training</source>
        <translation>学習(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Start Training</source>
        <translation>学習を開始(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Pause Training</source>
        <translation>学習を一時停止(&amp;P)</translation>
    </message>
    <message>
        <source>S&amp;top Training</source>
        <translation>学習を停止(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About SegStudio</source>
        <translation>SegStudio について(&amp;A)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>メイン</translation>
    </message>
    <message>
        <source>Mask opacity </source>
        <translation>マスクの不透明度 </translation>
    </message>
    <message>
        <source>Opacity of the mask over the image</source>
        <translation>画像に重ねるマスクの不透明度</translation>
    </message>
    <message>
        <source>&amp;Resume Training</source>
        <translation>学習を再開(&amp;R)</translation>
    </message>
    <message>
        <source>A model is being exported already</source>
        <translation>すでにモデルをエクスポート中です</translation>
    </message>
    <message>
        <source>Export Model: Choose a Checkpoint</source>
        <translation>モデルのエクスポート: チェックポイントの選択</translation>
    </message>
    <message>
        <source>SegStudio checkpoints (*.pt)</source>
        <translation>SegStudio チェックポイント (*.pt)</translation>
    </message>
    <message>
        <source>Export Model: TorchScript File</source>
        <translation>モデルのエクスポート: TorchScript ファイル</translation>
    </message>
    <message>
        <source>TorchScript (*.pt)</source>
        <translation>TorchScript (*.pt)</translation>
    </message>
    <message>
        <source>Exporting %1...</source>
        <translation>%1 をエクスポートしています...</translation>
    </message>
    <message>
        <source>The model&apos;s prediction is drawn as outlines (View &gt; Show Model Prediction)</source>
        <translation>モデルの予測は輪郭で表示されます（「表示 &gt; モデルの予測を表示」）</translation>
    </message>
    <message>
        <source>Cannot create the demo project</source>
        <translation>デモプロジェクトを作成できません</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>プロジェクトを開く</translation>
    </message>
    <message>
        <source>SegStudio projects (project.json)</source>
        <translation>SegStudio プロジェクト (project.json)</translation>
    </message>
    <message>
        <source>Choose a Dataset Folder (VOC, PennFudan, images/ and masks/, or change pairs)</source>
        <translation>データセットフォルダーを選択（VOC、PennFudan、images/ と masks/、または変化ペア）</translation>
    </message>
    <message>
        <source>Choose a Folder of Images to Annotate</source>
        <translation>アノテーションする画像のフォルダーを選択</translation>
    </message>
    <message>
        <source>Cannot create a project here</source>
        <translation>ここにはプロジェクトを作成できません</translation>
    </message>
    <message numerus="yes">
        <source>SegStudio did not close properly last time. The unsaved edits of %n image(s) were recovered from the autosave journal and saved:</source>
        <translation>
            <numerusform>前回 SegStudio が正しく終了しませんでした。画像 %n 枚の未保存の編集を自動保存ジャーナルから復元して保存しました:</numerusform>
        </translation>
    </message>
    <message>
        <source>Opening such an image shows the recovery in History, where Undo takes it back.</source>
        <translation>これらの画像を開くと「履歴」に復元が表示され、「元に戻す」で取り消せます。</translation>
    </message>
    <message>
        <source>Not recovered: %1</source>
        <translation>復元できませんでした: %1</translation>
    </message>
    <message>
        <source>Cannot save the project</source>
        <translation>プロジェクトを保存できません</translation>
    </message>
    <message>
        <source>No recent projects</source>
        <translation>最近使ったプロジェクトはありません</translation>
    </message>
    <message>
        <source>Edit Classes</source>
        <translation>クラスの編集</translation>
    </message>
    <message>
        <source>A model is training on these classes. Stop it first.</source>
        <translation>これらのクラスでモデルを学習中です。先に学習を停止してください。</translation>
    </message>
    <message>
        <source>The open image&apos;s edits cannot be saved, so the classes stay as they are.</source>
        <translation>開いている画像の編集を保存できないため、クラスは変更されません。</translation>
    </message>
    <message>
        <source>Remapping masks...</source>
        <translation>マスクを再マッピングしています...</translation>
    </message>
    <message>
        <source>Cannot change the classes</source>
        <translation>クラスを変更できません</translation>
    </message>
    <message>
        <source>Remapping masks</source>
        <translation>マスクの再マッピング</translation>
    </message>
    <message>
        <source>No images match this filter.</source>
        <translation>このフィルターに該当する画像はありません。</translation>
    </message>
    <message>
        <source>%1 (after)</source>
        <translation>%1（変化後）</translation>
    </message>
    <message>
        <source>%1 (before)</source>
        <translation>%1（変化前）</translation>
    </message>
    <message>
        <source>%1  %2x%3  %4  %5</source>
        <translation>%1  %2x%3  %4  %5</translation>
    </message>
    <message>
        <source>mask unreadable</source>
        <translation>マスクを読み込めません</translation>
    </message>
    <message>
        <source>labelled</source>
        <translation>ラベル付き</translation>
    </message>
    <message>
        <source>No unlabelled image after this one.</source>
        <translation>この画像より後に未ラベルの画像はありません。</translation>
    </message>
    <message>
        <source>No more images in this direction.</source>
        <translation>この方向にはこれ以上画像がありません。</translation>
    </message>
    <message>
        <source>Every image is labelled: there is nothing to rank.</source>
        <translation>すべての画像がラベル付き済みです: 並べ替える画像がありません。</translation>
    </message>
    <message>
        <source>No ranked unlabelled image left: Project &gt; Rank Unlabelled Images by Uncertainty, or live mode, scores them.</source>
        <translation>並べ替え済みの未ラベル画像は残っていません: 「プロジェクト &gt; 未ラベル画像を不確実性で並べ替え」またはライブモードでスコア付けされます。</translation>
    </message>
    <message>
        <source>training</source>
        <translation>学習セット</translation>
    </message>
    <message>
        <source>validation</source>
        <translation>検証セット</translation>
    </message>
    <message>
        <source>test</source>
        <translation>テストセット</translation>
    </message>
    <message>
        <source>no split</source>
        <translation>分割なし</translation>
    </message>
    <message>
        <source>User Guide</source>
        <translation>ユーザーガイド</translation>
    </message>
    <message>
        <source>The user guide is not installed. It was looked for in:
%1</source>
        <translation>ユーザーガイドがインストールされていません。次の場所を探しました:
%1</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>ユーザーガイド(&amp;U)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Class edit cancelled: the classes and masks are as they were.</source>
        <translation>クラスの編集をキャンセルしました。クラスとマスクは元のままです。</translation>
    </message>
</context>
<context>
    <name>seg::ui::MaskDocument</name>
    <message>
        <source>%1 The mask is shown as unlabelled and will not be overwritten; fix or remove the file to edit it.</source>
        <translation>%1 マスクは未ラベルとして表示され、上書きされません。編集するには、ファイルを修正するか削除してください。</translation>
    </message>
    <message>
        <source>The autosave journal cannot be used: %1</source>
        <translation>自動保存ジャーナルを使用できません: %1</translation>
    </message>
    <message>
        <source>Recovered unsaved edits</source>
        <translation>未保存の編集を復元しました</translation>
    </message>
</context>
<context>
    <name>seg::ui::MaskSaver</name>
    <message>
        <source>Saving %1</source>
        <translation>%1 を保存しています</translation>
    </message>
</context>
<context>
    <name>seg::ui::ModelAssist</name>
    <message>
        <source>Choose a Trained Model</source>
        <translation>学習済みモデルの選択</translation>
    </message>
    <message>
        <source>Models (*.pt *.pth *.torchscript);;All files (*)</source>
        <translation>モデル (*.pt *.pth *.torchscript);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Pre-labelling %1 with %2</source>
        <translation>%1 を %2 で事前ラベル付けしています</translation>
    </message>
    <message>
        <source>Scoring unlabelled images with %1...</source>
        <translation>%1 で未ラベル画像をスコア付けしています...</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Ranking images with %1</source>
        <translation>%1 で画像を並べ替えています</translation>
    </message>
</context>
<context>
    <name>seg::ui::ModelExportJob</name>
    <message>
        <source>Exported %1: load it in PyTorch with torch.jit.load; its class names are model.class_names</source>
        <translation>%1 をエクスポートしました: PyTorch で torch.jit.load を使って読み込めます。クラス名は model.class_names にあります</translation>
    </message>
    <message>
        <source>Exporting %1</source>
        <translation>%1 をエクスポートしています</translation>
    </message>
</context>
<context>
    <name>seg::ui::ModelForm</name>
    <message>
        <source>%1; default %2.</source>
        <translation>%1。既定値 %2。</translation>
    </message>
    <message>
        <source>%1  (%2)</source>
        <translation>%1  （%2）</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>アーキテクチャ</translation>
    </message>
    <message>
        <source>Needs a change project: pairs of images of two dates with change masks.</source>
        <translation>変化検出プロジェクトが必要です: 2 つの時点の画像ペアと変化マスク。</translation>
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
        <translation>%1 を開いています</translation>
    </message>
    <message>
        <source>Predicting %1 with %2</source>
        <translation>%1 を %2 で予測しています</translation>
    </message>
</context>
<context>
    <name>seg::ui::ProcessTraining</name>
    <message>
        <source>Cannot write the run&apos;s settings to %1: %2</source>
        <translation>ランの設定を %1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>Cannot start %1: %2</source>
        <translation>%1 を起動できません: %2</translation>
    </message>
    <message>
        <source>the training processes ended with exit code %1</source>
        <translation>学習プロセスが終了コード %1 で終了しました</translation>
    </message>
</context>
<context>
    <name>seg::ui::RunsView</name>
    <message>
        <source>Run</source>
        <translation>ラン</translation>
    </message>
    <message>
        <source>Best mIoU</source>
        <translation>最高 mIoU</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>エポック数</translation>
    </message>
    <message>
        <source>Tick runs to overlay their curves on the charts.</source>
        <translation>ランにチェックを入れると、その曲線をグラフに重ねて表示します。</translation>
    </message>
    <message>
        <source>Show Curves</source>
        <translation>曲線を表示</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>再開</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>%1
%2, %3 loss; %4 optimiser, learning rate %5, %6 schedule, batch %7, crop %8</source>
        <translation>%1
%2、%3 損失。%4 オプティマイザー、学習率 %5、%6 スケジュール、バッチ %7、クロップ %8</translation>
    </message>
    <message>
        <source>whole images</source>
        <translation>画像全体</translation>
    </message>
    <message>
        <source>A run is training: stop it first.</source>
        <translation>ランを学習中です: 先に停止してください。</translation>
    </message>
    <message>
        <source>Another process is training this run now; Show Curves follows it.</source>
        <translation>このランは現在別のプロセスで学習中です。「曲線を表示」で追跡できます。</translation>
    </message>
    <message>
        <source>This run has no checkpoint (last.pt) or no readable config.json to resume from.</source>
        <translation>このランには、再開に使えるチェックポイント（last.pt）または読み込み可能な config.json がありません。</translation>
    </message>
</context>
<context>
    <name>seg::ui::SplitScoring</name>
    <message>
        <source>Scoring the validation split</source>
        <translation>検証セットを評価しています</translation>
    </message>
</context>
<context>
    <name>seg::ui::SplitSummary</name>
    <message>
        <source>before</source>
        <translation>変化前</translation>
    </message>
    <message>
        <source>after</source>
        <translation>変化後</translation>
    </message>
    <message>
        <source>ground truth</source>
        <translation>正解</translation>
    </message>
    <message>
        <source>image</source>
        <translation>画像</translation>
    </message>
    <message>
        <source>Export Table (CSV)...</source>
        <translation>表をエクスポート (CSV)...</translation>
    </message>
    <message>
        <source>Export Grid (PNG)...</source>
        <translation>グリッドをエクスポート (PNG)...</translation>
    </message>
    <message>
        <source> hardest images</source>
        <translation> 枚の難しい画像</translation>
    </message>
    <message>
        <source>Confusion matrix of</source>
        <translation>混同行列:</translation>
    </message>
    <message>
        <source>Row-normalised %</source>
        <translation>行正規化 %</translation>
    </message>
    <message>
        <source>Rows: ground truth; columns: prediction</source>
        <translation>行: 正解、列: 予測</translation>
    </message>
    <message>
        <source>Export Comparison Table</source>
        <translation>比較表のエクスポート</translation>
    </message>
    <message>
        <source>comparison.csv</source>
        <translation>comparison.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <source>Export Comparison Grid</source>
        <translation>比較グリッドのエクスポート</translation>
    </message>
    <message>
        <source>comparison.png</source>
        <translation>comparison.png</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 画像 (*.png)</translation>
    </message>
    <message numerus="yes">
        <source>the %n selected image(s)</source>
        <translation>
            <numerusform>選択した %n 枚の画像</numerusform>
        </translation>
    </message>
    <message>
        <source>Score the validation images (Validation Images tab) to compare the models on the whole split.</source>
        <translation>検証画像を評価すると（「検証画像」タブ）、分割全体でモデルを比較できます。</translation>
    </message>
    <message>
        <source>Labels were corrected since: score again for up-to-date totals. </source>
        <translation>評価後にラベルが修正されました: 最新の合計を得るには、もう一度評価してください。 </translation>
    </message>
    <message numerus="yes">
        <source>%n validation image(s); the best of each column in bold.</source>
        <translation>
            <numerusform>検証画像 %n 枚。各列の最良値は太字で示します。</numerusform>
        </translation>
    </message>
    <message>
        <source>Pixel accuracy</source>
        <translation>ピクセル精度</translation>
    </message>
    <message>
        <source>Mean class accuracy</source>
        <translation>平均クラス精度</translation>
    </message>
    <message>
        <source>mIoU</source>
        <translation>mIoU</translation>
    </message>
    <message>
        <source>FW IoU</source>
        <translation>FW IoU</translation>
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
        <translation>エクスポートする内容がありません: 先に検証画像を評価してください</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>Drawing the comparison grid</source>
        <translation>比較グリッドを描画しています</translation>
    </message>
</context>
<context>
    <name>seg::ui::TorchScriptImportDialog</name>
    <message>
        <source>Open TorchScript Model</source>
        <translation>TorchScript モデルを開く</translation>
    </message>
    <message>
        <source>%1 is a TorchScript model. SegStudio needs to know what its output channels mean and how it expects its input. The answers are stored next to the model.</source>
        <translation>%1 は TorchScript モデルです。SegStudio は、出力チャンネルの意味と、モデルが想定する入力の形式を知る必要があります。ここでの設定はモデルの隣に保存されます。</translation>
    </message>
    <message>
        <source>One name a line, in the order of the model&apos;s output channels</source>
        <translation>1 行に 1 つの名前を、モデルの出力チャンネルの順に入力します</translation>
    </message>
    <message>
        <source>Read labels.txt...</source>
        <translation>labels.txt を読み込む...</translation>
    </message>
    <message>
        <source>Class names:</source>
        <translation>クラス名:</translation>
    </message>
    <message>
        <source>Input mean (R, G, B):</source>
        <translation>入力平均 (R, G, B):</translation>
    </message>
    <message>
        <source>Input std (R, G, B):</source>
        <translation>入力標準偏差 (R, G, B):</translation>
    </message>
    <message>
        <source>Pixels are scaled to 0..1, then (x - mean) / std: ImageNet&apos;s values suit torchvision&apos;s models.</source>
        <translation>ピクセルは 0..1 にスケーリングされた後、(x - mean) / std が計算されます: ImageNet の値は torchvision のモデルに適しています。</translation>
    </message>
    <message>
        <source>Fixed input size:</source>
        <translation>固定入力サイズ:</translation>
    </message>
    <message>
        <source>Traced models:</source>
        <translation>トレースされたモデル:</translation>
    </message>
    <message>
        <source>Class Names</source>
        <translation>クラス名</translation>
    </message>
    <message>
        <source>Class lists (*.txt *.json);;All files (*)</source>
        <translation>クラス一覧 (*.txt *.json);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Cannot read the class names</source>
        <translation>クラス名を読み込めません</translation>
    </message>
    <message>
        <source>Cannot use these settings</source>
        <translation>これらの設定は使用できません</translation>
    </message>
</context>
<context>
    <name>seg::ui::TrainingCharts</name>
    <message>
        <source>Iteration</source>
        <translation>イテレーション</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>損失</translation>
    </message>
    <message>
        <source>Epoch</source>
        <translation>エポック</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>検証</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>学習率</translation>
    </message>
    <message>
        <source>Drag to pan, wheel to zoom, double-click to fit.</source>
        <translation>ドラッグでパン、ホイールでズーム、ダブルクリックで全体表示。</translation>
    </message>
    <message>
        <source>%1 validation loss</source>
        <translation>%1 検証損失</translation>
    </message>
    <message>
        <source>%1 mIoU</source>
        <translation>%1 mIoU</translation>
    </message>
    <message>
        <source>%1 learning rate</source>
        <translation>%1 学習率</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>損失</translation>
    </message>
    <message>
        <source>loss (smoothed)</source>
        <translation>損失（平滑化）</translation>
    </message>
    <message>
        <source>validation loss</source>
        <translation>検証損失</translation>
    </message>
    <message>
        <source>adversarial loss (smoothed)</source>
        <translation>敵対的損失（平滑化）</translation>
    </message>
    <message>
        <source>discriminator loss (smoothed)</source>
        <translation>識別器の損失（平滑化）</translation>
    </message>
    <message>
        <source>mIoU</source>
        <translation>mIoU</translation>
    </message>
    <message>
        <source>pixel accuracy</source>
        <translation>ピクセル精度</translation>
    </message>
    <message>
        <source>learning rate</source>
        <translation>学習率</translation>
    </message>
    <message>
        <source>No run yet: start one in Training Settings.</source>
        <translation>まだランがありません: 「学習設定」で開始してください。</translation>
    </message>
    <message>
        <source>Run %1</source>
        <translation>ラン %1</translation>
    </message>
    <message>
        <source>%1 at %2 %3: %4</source>
        <translation>%1（%2 %3）: %4</translation>
    </message>
    <message>
        <source>SegStudio training charts</source>
        <translation>SegStudio 学習グラフ</translation>
    </message>
</context>
<context>
    <name>seg::ui::TrainingController</name>
    <message>
        <source>Run %1 cannot be resumed: %2</source>
        <translation>ラン %1 を再開できません: %2</translation>
    </message>
    <message>
        <source>its checkpoint checkpoints/last.pt is missing.</source>
        <translation>チェックポイント checkpoints/last.pt がありません。</translation>
    </message>
    <message>
        <source>Run %1 is being trained by another process now. Resume it once that process has stopped.</source>
        <translation>ラン %1 は現在別のプロセスで学習中です。そのプロセスが停止してから再開してください。</translation>
    </message>
    <message>
        <source>Cannot start training: %1</source>
        <translation>学習を開始できません: %1</translation>
    </message>
    <message>
        <source>Cannot start training: adversarial training runs in one process. Set Processes to 1.</source>
        <translation>学習を開始できません: 敵対的学習は 1 つのプロセスでのみ実行できます。「プロセス数」を 1 にしてください。</translation>
    </message>
    <message>
        <source>starting...</source>
        <translation>開始しています...</translation>
    </message>
    <message>
        <source>Training on %1 images (%2 for validation), %3 threads, %4</source>
        <translation>%1 枚の画像で学習（検証用 %2 枚）、%3 スレッド、%4</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>一時停止中</translation>
    </message>
    <message>
        <source>resuming...</source>
        <translation>再開しています...</translation>
    </message>
    <message>
        <source>Training finished: best mIoU %1 at epoch %2.</source>
        <translation>学習が完了しました: 最高 mIoU %1（エポック %2）。</translation>
    </message>
    <message numerus="yes">
        <source>Training stopped after %n complete epochs; resume it from the runs list.</source>
        <translation>
            <numerusform>%n エポックを完了した時点で学習を停止しました。ラン一覧から再開できます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Training failed: %1</source>
        <translation>学習に失敗しました: %1</translation>
    </message>
    <message>
        <source>%1 img/s</source>
        <translation>%1 img/s</translation>
    </message>
    <message>
        <source>epoch %1/%2</source>
        <translation>エポック %1/%2</translation>
    </message>
    <message>
        <source>epoch %1/%2, %3 left</source>
        <translation>エポック %1/%2、残り %3</translation>
    </message>
    <message numerus="yes">
        <source>%n unreadable image(s) skipped; the log names them.</source>
        <translation>
            <numerusform>読み込めない画像 %n 枚をスキップしました。ログに記録されています。</numerusform>
        </translation>
    </message>
    <message>
        <source>stopping...</source>
        <translation>停止しています...</translation>
    </message>
    <message>
        <source>A run is training; tick runs to compare them with it instead.</source>
        <translation>ランを学習中です。代わりに、比較したいランにチェックを入れてください。</translation>
    </message>
    <message numerus="yes">
        <source>Showing run %1: %n epochs</source>
        <translation>
            <numerusform>ラン %1 を表示中: %n エポック</numerusform>
        </translation>
    </message>
    <message>
        <source>Run %1: %2</source>
        <translation>ラン %1: %2</translation>
    </message>
    <message>
        <source>A run is training in this window: stop it before following another.</source>
        <translation>このウィンドウでランを学習中です: 別のランを追跡する前に停止してください。</translation>
    </message>
    <message>
        <source>%1 is not a training run&apos;s folder: it holds neither config.json nor metrics.csv.</source>
        <translation>%1 は学習ランのフォルダーではありません: config.json も metrics.csv もありません。</translation>
    </message>
    <message>
        <source>Following run %1 as it is written (read-only).</source>
        <translation>ラン %1 の書き込みを追跡しています（読み取り専用）。</translation>
    </message>
    <message numerus="yes">
        <source>trained by %n processes</source>
        <translation>
            <numerusform>%n 個のプロセスで学習</numerusform>
        </translation>
    </message>
    <message>
        <source>finished, %1 of %2 epochs</source>
        <translation>完了、%1/%2 エポック</translation>
    </message>
    <message>
        <source>%1 of %2 epochs</source>
        <translation>%1/%2 エポック</translation>
    </message>
    <message numerus="yes">
        <source>%n epoch(s)</source>
        <translation>
            <numerusform>%n エポック</numerusform>
        </translation>
    </message>
    <message>
        <source>waiting for the run to write metrics.csv</source>
        <translation>ランが metrics.csv を書き込むのを待っています</translation>
    </message>
    <message>
        <source>%1, written %2 ago</source>
        <translation>%1、%2前に書き込み</translation>
    </message>
</context>
<context>
    <name>seg::ui::TrainingPanel</name>
    <message>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>Optimisation</source>
        <translation>最適化</translation>
    </message>
    <message>
        <source>Cross-entropy</source>
        <translation>交差エントロピー</translation>
    </message>
    <message>
        <source>Cross-entropy + Dice</source>
        <translation>交差エントロピー + Dice</translation>
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
        <translation>モーメンタム付き SGD</translation>
    </message>
    <message>
        <source>Cosine</source>
        <translation>コサイン</translation>
    </message>
    <message>
        <source>Poly</source>
        <translation>多項式（Poly）</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>ステップ</translation>
    </message>
    <message>
        <source>Constant</source>
        <translation>一定</translation>
    </message>
    <message>
        <source> iterations</source>
        <translation> イテレーション</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>whole image</source>
        <translation>画像全体</translation>
    </message>
    <message>
        <source>Square training crop; whole images when all have one size.</source>
        <translation>学習時の正方形クロップ。すべての画像が同じサイズの場合は画像全体。</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>損失関数</translation>
    </message>
    <message>
        <source>Optimiser</source>
        <translation>オプティマイザー</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>学習率</translation>
    </message>
    <message>
        <source>Weight decay</source>
        <translation>重み減衰</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>スケジュール</translation>
    </message>
    <message>
        <source>Warm-up</source>
        <translation>ウォームアップ</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>エポック数</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>バッチサイズ</translation>
    </message>
    <message>
        <source>Input size</source>
        <translation>入力サイズ</translation>
    </message>
    <message>
        <source>Augmentation</source>
        <translation>データ拡張</translation>
    </message>
    <message>
        <source>Horizontal flips</source>
        <translation>左右反転</translation>
    </message>
    <message>
        <source>Vertical flips</source>
        <translation>上下反転</translation>
    </message>
    <message>
        <source>°</source>
        <translation>°</translation>
    </message>
    <message>
        <source>Scale range</source>
        <translation>スケール範囲</translation>
    </message>
    <message>
        <source>Rotation</source>
        <translation>回転</translation>
    </message>
    <message>
        <source>Colour jitter</source>
        <translation>カラージッター</translation>
    </message>
    <message>
        <source>Adversarial training</source>
        <translation>敵対的学習</translation>
    </message>
    <message>
        <source>Luc et al. 2016: a small discriminator learns to tell ground-truth label maps from the model&apos;s, and the model also learns to fool it. Its two losses are drawn with the training loss.</source>
        <translation>Luc ら 2016: 小さな識別器が正解のラベルマップとモデルのラベルマップを見分けるように学習し、モデルはそれを欺くようにも学習します。この 2 つの損失は学習損失と一緒に描画されます。</translation>
    </message>
    <message>
        <source>The adversarial term&apos;s weight next to the segmentation loss.</source>
        <translation>セグメンテーション損失に対する敵対的項の重み。</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>重み</translation>
    </message>
    <message>
        <source>Discriminator learning rate</source>
        <translation>識別器の学習率</translation>
    </message>
    <message>
        <source>Learn from scribbles (dense-CRF loss)</source>
        <translation>スクリブルから学習（全結合 CRF 損失）</translation>
    </message>
    <message>
        <source>Tang et al. 2018: for partly painted masks. Besides the painted pixels, every pixel is asked to share the class of nearby pixels of similar colour, so the labels spread from the strokes up to the image&apos;s edges.</source>
        <translation>Tang ら 2018: 部分的に描画されたマスク用。描画したピクセルに加えて、各ピクセルが近くの似た色のピクセルと同じクラスになるよう求められるため、ラベルがストロークから画像のエッジまで広がります。</translation>
    </message>
    <message>
        <source>The CRF term&apos;s weight next to the segmentation loss.</source>
        <translation>セグメンテーション損失に対する CRF 項の重み。</translation>
    </message>
    <message>
        <source>How far apart two pixels may be and still be asked to agree.</source>
        <translation>一致を求める 2 つのピクセルの間の最大距離。</translation>
    </message>
    <message>
        <source>How different in colour (0 to 255 levels) two pixels may be and still be asked to agree.</source>
        <translation>一致を求める 2 つのピクセルの色の最大差（0～255 レベル）。</translation>
    </message>
    <message>
        <source>Reach</source>
        <translation>到達範囲</translation>
    </message>
    <message>
        <source>Colour tolerance</source>
        <translation>色の許容値</translation>
    </message>
    <message>
        <source>Runtime</source>
        <translation>実行環境</translation>
    </message>
    <message>
        <source>all cores (%1)</source>
        <translation>全コア（%1）</translation>
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
        <translation>データ並列学習: この数のプロセスがそれぞれ上記のバッチサイズで各エポックの一部を学習し、各ステップの後で勾配を平均します。1 台のマシンでは、全コアを使う 1 プロセスの方が高速です。複数プロセスは、複数マシンにまたがるランの予行演習になります（docs/distributed.md を参照）。「スレッド数」が「全コア」の場合、コアはプロセス間で分配されます。</translation>
    </message>
    <message>
        <source>Threads</source>
        <translation>スレッド数</translation>
    </message>
    <message>
        <source>Processes</source>
        <translation>プロセス数</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>デバイス</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>一時停止</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>再開</translation>
    </message>
</context>
<context>
    <name>seg::ui::UserGuideWindow</name>
    <message>
        <source>SegStudio User Guide</source>
        <translation>SegStudio ユーザーガイド</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>戻る</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>目次</translation>
    </message>
</context>
<context>
    <name>seg::ui::ValidationBrowser</name>
    <message>
        <source>Score Validation Images</source>
        <translation>検証画像を評価</translation>
    </message>
    <message>
        <source>Predicts every validation image with the ticked models</source>
        <translation>チェックしたモデルですべての検証画像を予測します</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Only images whose ground truth holds this class</source>
        <translation>正解にこのクラスを含む画像のみ</translation>
    </message>
    <message>
        <source>Fix Label</source>
        <translation>ラベル修正</translation>
    </message>
    <message>
        <source>Open the image for painting, with the model&apos;s prediction as a reference layer</source>
        <translation>モデルの予測を参照レイヤーとして、画像を描画用に開きます</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>表示:</translation>
    </message>
    <message>
        <source>every image</source>
        <translation>すべての画像</translation>
    </message>
    <message>
        <source>with %1</source>
        <translation>%1 を含む</translation>
    </message>
    <message>
        <source>Scoring...</source>
        <translation>評価しています...</translation>
    </message>
    <message>
        <source>Tick models, then score the validation images to find the worst.</source>
        <translation>モデルにチェックを入れてから検証画像を評価すると、最も悪い画像がわかります。</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s); corrected labels are rescored here, score again for the split&apos;s totals</source>
        <translation>
            <numerusform>画像 %n 枚。修正したラベルはここで再評価されます。分割全体の合計を得るには、もう一度評価してください</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s), worst first</source>
        <translation>
            <numerusform>画像 %n 枚（悪い順）</numerusform>
        </translation>
    </message>
    <message>
        <source>Scoring... %1</source>
        <translation>評価中... %1</translation>
    </message>
</context>
<context>
    <name>seg::ui::WelcomePage</name>
    <message>
        <source>Welcome to SegStudio</source>
        <translation>SegStudio へようこそ</translation>
    </message>
    <message>
        <source>Paint segmentation masks, train models on them, and compare their predictions.</source>
        <translation>セグメンテーションマスクを描き、それでモデルを学習し、予測を比較します。</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>はじめる</translation>
    </message>
    <message>
        <source>Open the Demo Project</source>
        <translation>デモプロジェクトを開く</translation>
    </message>
    <message>
        <source>500 synthetic-shapes images with their masks, ready to train a U-Net in a few minutes. Made on first use.</source>
        <translation>合成図形の画像 500 枚とそのマスク。数分で U-Net を学習できます。初回使用時に作成されます。</translation>
    </message>
    <message>
        <source>New Project from Image Folder...</source>
        <translation>画像フォルダーから新規プロジェクト...</translation>
    </message>
    <message>
        <source>A folder of your own images, to paint their masks.</source>
        <translation>自分の画像のフォルダー。マスクを描きます。</translation>
    </message>
    <message>
        <source>New Project from Dataset...</source>
        <translation>データセットから新規プロジェクト...</translation>
    </message>
    <message>
        <source>Images with masks: VOC, PennFudan, images/ and masks/ folders, or change pairs.</source>
        <translation>マスク付きの画像: VOC、PennFudan、images/ と masks/ フォルダー、または変化検出のペア。</translation>
    </message>
    <message>
        <source>Open Project...</source>
        <translation>プロジェクトを開く...</translation>
    </message>
    <message>
        <source>A folder holding a project.json.</source>
        <translation>project.json のあるフォルダー。</translation>
    </message>
    <message>
        <source>Read the User Guide</source>
        <translation>ユーザーガイドを読む</translation>
    </message>
    <message>
        <source>Recent Projects</source>
        <translation>最近使ったプロジェクト</translation>
    </message>
    <message>
        <source>%1 (not found)
%2</source>
        <translation>%1（見つかりません）
%2</translation>
    </message>
    <message>
        <source>No recent projects yet.</source>
        <translation>最近使ったプロジェクトはまだありません。</translation>
    </message>
</context>
</TS>
