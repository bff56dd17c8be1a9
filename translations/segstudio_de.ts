<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AnalysisImages</name>
    <message>
        <source>correct</source>
        <translation>richtig</translation>
    </message>
    <message>
        <source>wrong class</source>
        <translation>falsche Klasse</translation>
    </message>
    <message>
        <source>missed (object predicted as background)</source>
        <translation>übersehen (Objekt als Hintergrund vorhergesagt)</translation>
    </message>
    <message>
        <source>false alarm (background predicted as object)</source>
        <translation>Fehlalarm (Hintergrund als Objekt vorhergesagt)</translation>
    </message>
    <message>
        <source>ignored (unlabelled in the ground truth)</source>
        <translation>ignoriert (in der Ground Truth nicht annotiert)</translation>
    </message>
    <message>
        <source>both predict the same</source>
        <translation>gleiche Vorhersage</translation>
    </message>
    <message>
        <source>%1 right, %2 wrong</source>
        <translation>%1 richtig, %2 falsch</translation>
    </message>
    <message>
        <source>they differ, both wrong</source>
        <translation>verschieden, beide falsch</translation>
    </message>
    <message>
        <source>they differ, no ground truth</source>
        <translation>verschieden, keine Ground Truth</translation>
    </message>
</context>
<context>
    <name>ArchitectureFlags</name>
    <message>
        <source>Architecture: %1.</source>
        <translation>Architektur: %1.</translation>
    </message>
    <message>
        <source>Default: %1.</source>
        <translation>Standard: %1.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>%1: %2 %3; default %4.</source>
        <translation>%1: %2 %3; Standard %4.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>unknown model &apos;%1&apos; (expected one of: %2)</source>
        <translation>unbekanntes Modell &apos;%1&apos; (erwartet wird eines von: %2)</translation>
    </message>
    <message>
        <source>--%1 does not apply to %2 (its options: %3)</source>
        <translation>--%1 gilt nicht für %2 (seine Optionen: %3)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>--%1 must be a whole number, not &apos;%2&apos;</source>
        <translation>--%1 muss eine ganze Zahl sein, nicht &apos;%2&apos;</translation>
    </message>
</context>
<context>
    <name>BoxTool</name>
    <message>
        <source>Accept live prediction in a box</source>
        <translation>Live-Vorhersage im Rahmen übernehmen</translation>
    </message>
    <message>
        <source>Rectangle fill</source>
        <translation>Rechteckfüllung</translation>
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
        <translation>Aufruf: segstudio-cli &lt;Befehl&gt; [Optionen]

Befehle:
  synth     schreibt den Datensatz mit synthetischen Formen
  inspect   berichtet über einen Datensatz: Anzahlen, Größen, Klassenhäufigkeiten, Probleme
  score     bewertet vorhergesagte Masken gegen die Ground Truth
  demo      erstellt das Demoprojekt
  init      macht einen Datensatz oder Bildordner zu einem Projekt
  scribble  ersetzt die Trainingsmasken eines Projekts durch grobe Striche
  train     trainiert ein Modell (eines aus &apos;segstudio-cli model --list&apos;)
  eval      bewertet einen Checkpoint auf einer Teilmenge eines Datensatzes
  predict   schreibt vorhergesagte Masken für Bilder
  compare   bewertet 2 bis 4 Modelle nebeneinander auf einer Teilmenge eines Datensatzes
  export    schreibt das Modell eines Checkpoints als TorchScript-Modul
  model     gibt die Parameter und GMACs eines Modells aus
  runs      listet die Trainingsläufe eines Projekts und ihre beste mIoU auf

Optionen:
  -h, --help       diese Liste
  -v, --version    die Version von SegStudio

&apos;segstudio-cli &lt;Befehl&gt; --help&apos; zeigt die Optionen eines Befehls.
</translation>
    </message>
    <message>
        <source>segstudio-cli: unexpected error: %1</source>
        <translation>segstudio-cli: unerwarteter Fehler: %1</translation>
    </message>
    <message>
        <source>segstudio-cli: unknown command &apos;%1&apos;</source>
        <translation>segstudio-cli: unbekannter Befehl &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>CommandParser</name>
    <message>
        <source>--%1 must be a whole number from %2 to %3 (got &apos;%4&apos;)</source>
        <translation>--%1 muss eine ganze Zahl von %2 bis %3 sein (erhalten: &apos;%4&apos;)</translation>
    </message>
    <message>
        <source>--%1 must be a number from %2 to %3 (got &apos;%4&apos;)</source>
        <translation>--%1 muss eine Zahl von %2 bis %3 sein (erhalten: &apos;%4&apos;)</translation>
    </message>
    <message>
        <source>Run &apos;%1 %2 --help&apos; for usage.</source>
        <translation>&apos;%1 %2 --help&apos; zeigt die Verwendung.</translation>
    </message>
</context>
<context>
    <name>CompareCommand</name>
    <message>
        <source>metric</source>
        <translation>Metrik</translation>
    </message>
    <message>
        <source>* best of the row (not marked when all are equal)</source>
        <translation>* bester Wert der Zeile (nicht markiert, wenn alle gleich sind)</translation>
    </message>
    <message>
        <source>Scores 2 to 4 models on the same dataset split and prints their metrics side by
side, the best of each row marked. Models are checkpoints or TorchScript files.</source>
        <translation>Bewertet 2 bis 4 Modelle auf derselben Teilmenge eines Datensatzes und gibt ihre Metriken
nebeneinander aus; der beste Wert jeder Zeile ist markiert. Modelle sind Checkpoints
oder TorchScript-Dateien.</translation>
    </message>
    <message>
        <source>A model: a checkpoint or a TorchScript file (give 2 to 4).</source>
        <translation>Ein Modell: ein Checkpoint oder eine TorchScript-Datei (2 bis 4 angeben).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Dataset folder or project.</source>
        <translation>Datensatzordner oder Projekt.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>val, train, test or all (default val).</source>
        <translation>val, train, test oder all (Standard: val).</translation>
    </message>
    <message>
        <source>split</source>
        <translation>Teilmenge</translation>
    </message>
    <message>
        <source>Also write the table as CSV to this file.</source>
        <translation>Die Tabelle zusätzlich als CSV in diese Datei schreiben.</translation>
    </message>
    <message>
        <source>Also write a PNG grid: the hardest images (lowest mIoU over the models) in rows; image, ground truth and each model&apos;s prediction in columns.</source>
        <translation>Zusätzlich ein PNG-Raster schreiben: die schwierigsten Bilder (niedrigste mIoU über die Modelle) in Zeilen; Bild, Ground Truth und die Vorhersage jedes Modells in Spalten.</translation>
    </message>
    <message>
        <source>Rows of the grid (default 4).</source>
        <translation>Zeilen des Rasters (Standard: 4).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>give 2 to 4 --model files and --data</source>
        <translation>2 bis 4 --model-Dateien und --data angeben</translation>
    </message>
    <message>
        <source>--split must be val, train, test or all</source>
        <translation>--split muss val, train, test oder all sein</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message numerus="yes">
        <source>Compared %n model(s) on %1 images (%2 split)</source>
        <translation>
            <numerusform>%n Modell auf %1 Bildern verglichen (Teilmenge %2)</numerusform>
            <numerusform>%n Modelle auf %1 Bildern verglichen (Teilmenge %2)</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote the table to %1</source>
        <translation>Tabelle nach %1 geschrieben</translation>
    </message>
    <message>
        <source>Wrote the grid to %1</source>
        <translation>Raster nach %1 geschrieben</translation>
    </message>
</context>
<context>
    <name>ConsoleObserver</name>
    <message>
        <source>rank %1: </source>
        <translation>Rang %1: </translation>
    </message>
    <message>
        <source>Training on %1 images, validating on %2; %3 iterations per epoch; %4 threads, %5</source>
        <translation>Training auf %1 Bildern, Validierung auf %2; %3 Iterationen pro Epoche; %4 Threads, %5</translation>
    </message>
    <message>
        <source>epoch %1/%2  iteration %3/%4  loss %5  lr %6  %7 img/s</source>
        <translation>Epoche %1/%2  Iteration %3/%4  Verlust %5  LR %6  %7 img/s</translation>
    </message>
    <message>
        <source>  adversarial %1  discriminator %2</source>
        <translation>  adversariell %1  Diskriminator %2</translation>
    </message>
    <message>
        <source>epoch %1/%2  loss %3  val loss %4  pixel accuracy %5  mIoU %6  %7 s%8</source>
        <translation>Epoche %1/%2  Verlust %3  Val.-Verlust %4  Pixelgenauigkeit %5  mIoU %6  %7 s%8</translation>
    </message>
    <message>
        <source>  (best)</source>
        <translation>  (beste)</translation>
    </message>
</context>
<context>
    <name>DatasetFlags</name>
    <message>
        <source>Change-detection datasets: the folders of the before images, the after images and the change labels (default %1,%2,%3, as LEVIR-CD).</source>
        <translation>Datensätze zur Änderungserkennung: die Ordner der Vorher-Bilder, der Nachher-Bilder und der Änderungsmasken (Standard: %1,%2,%3, wie bei LEVIR-CD).</translation>
    </message>
    <message>
        <source>before,after,label</source>
        <translation>vorher,nachher,maske</translation>
    </message>
    <message>
        <source>--change-folders takes three folder names, e.g. A,B,label (got &apos;%1&apos;)</source>
        <translation>--change-folders erwartet drei Ordnernamen, z. B. A,B,label (erhalten: &apos;%1&apos;)</translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <source>Creates the demo project (synthetic shapes, 500 images of 128x128) in a folder,
as the app does on first start.</source>
        <translation>Erstellt das Demoprojekt (synthetische Formen, 500 Bilder mit 128x128 Pixeln) in einem Ordner,
wie es die App beim ersten Start tut.</translation>
    </message>
    <message>
        <source>Project folder to create.</source>
        <translation>Zu erstellender Projektordner.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>--out is required</source>
        <translation>--out ist erforderlich</translation>
    </message>
    <message>
        <source>Created demo project %1</source>
        <translation>Demoprojekt %1 erstellt</translation>
    </message>
</context>
<context>
    <name>DurationText</name>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>There is not enough memory for this.</source>
        <translation>Dafür reicht der Arbeitsspeicher nicht aus.</translation>
    </message>
    <message>
        <source>Unexpected error: %1</source>
        <translation>Unerwarteter Fehler: %1</translation>
    </message>
    <message>
        <source>Unexpected error of an unknown kind.</source>
        <translation>Unerwarteter Fehler unbekannter Art.</translation>
    </message>
    <message>
        <source>The file or folder does not exist.</source>
        <translation>Die Datei oder der Ordner existiert nicht.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation>Die Datei kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The file is truncated.</source>
        <translation>Die Datei ist unvollständig (abgeschnitten).</translation>
    </message>
    <message>
        <source>The file is not an image.</source>
        <translation>Die Datei ist kein Bild.</translation>
    </message>
    <message>
        <source>The file&apos;s format is not supported.</source>
        <translation>Das Format der Datei wird nicht unterstützt.</translation>
    </message>
    <message>
        <source>The mask and its image differ in size.</source>
        <translation>Maske und zugehöriges Bild sind unterschiedlich groß.</translation>
    </message>
    <message>
        <source>The mask holds values that are not classes.</source>
        <translation>Die Maske enthält Werte, die keinen Klassen entsprechen.</translation>
    </message>
    <message>
        <source>The folder is not a dataset SegStudio can read.</source>
        <translation>Der Ordner ist kein Datensatz, den SegStudio lesen kann.</translation>
    </message>
    <message>
        <source>The file is not valid JSON.</source>
        <translation>Die Datei ist kein gültiges JSON.</translation>
    </message>
    <message>
        <source>The file&apos;s content is invalid.</source>
        <translation>Der Inhalt der Datei ist ungültig.</translation>
    </message>
    <message>
        <source>The file was written by a newer SegStudio.</source>
        <translation>Die Datei wurde von einer neueren SegStudio-Version geschrieben.</translation>
    </message>
    <message>
        <source>An option has an invalid value.</source>
        <translation>Eine Option hat einen ungültigen Wert.</translation>
    </message>
    <message>
        <source>The file cannot be written.</source>
        <translation>Die Datei kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Unknown error.</source>
        <translation>Unbekannter Fehler.</translation>
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
    <name>EvalCommand</name>
    <message>
        <source>image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>pixel acc</source>
        <translation>Pixelgen.</translation>
    </message>
    <message>
        <source>mIoU</source>
        <translation>mIoU</translation>
    </message>
    <message>
        <source>worst class (IoU)</source>
        <translation>schlechteste Klasse (IoU)</translation>
    </message>
    <message>
        <source>Scores a model (a checkpoint or TorchScript file) on a dataset&apos;s validation split
(or another split): the metrics table of `score`, from the model alone.</source>
        <translation>Bewertet ein Modell (Checkpoint oder TorchScript-Datei) auf der Validierungsmenge eines
Datensatzes (oder einer anderen Teilmenge): die Metriktabelle von `score`, allein aus dem Modell.</translation>
    </message>
    <message>
        <source>A checkpoint (best.pt or last.pt of a run) or a TorchScript model.</source>
        <translation>Ein Checkpoint (best.pt oder last.pt eines Laufs) oder ein TorchScript-Modell.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Dataset folder or project.</source>
        <translation>Datensatzordner oder Projekt.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>val, train, test or all (default val).</source>
        <translation>val, train, test oder all (Standard: val).</translation>
    </message>
    <message>
        <source>split</source>
        <translation>Teilmenge</translation>
    </message>
    <message>
        <source>Validation share when the dataset has no split files (default 0.2).</source>
        <translation>Validierungsanteil, wenn der Datensatz keine Aufteilungsdateien hat (Standard: 0.2).</translation>
    </message>
    <message>
        <source>f</source>
        <translation>f</translation>
    </message>
    <message>
        <source>Print the scores as JSON.</source>
        <translation>Die Ergebnisse als JSON ausgeben.</translation>
    </message>
    <message>
        <source>Also list each image&apos;s pixel accuracy, mIoU and worst class, worst first.</source>
        <translation>Zusätzlich Pixelgenauigkeit, mIoU und schlechteste Klasse jedes Bildes auflisten, schlechtestes zuerst.</translation>
    </message>
    <message>
        <source>--checkpoint and --data are required</source>
        <translation>--checkpoint und --data sind erforderlich</translation>
    </message>
    <message>
        <source>--split must be val, train, test or all</source>
        <translation>--split muss val, train, test oder all sein</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>Evaluated %1 images (%2 split)</source>
        <translation>%1 Bilder ausgewertet (Teilmenge %2)</translation>
    </message>
    <message numerus="yes">
        <source>, with dense CRF post-processing (%n iteration(s))</source>
        <translation>
            <numerusform>, mit Dense-CRF-Nachbearbeitung (%n Iteration)</numerusform>
            <numerusform>, mit Dense-CRF-Nachbearbeitung (%n Iterationen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Change class: precision %1, recall %2, F1 %3, IoU %4</source>
        <translation>Änderungsklasse: Präzision %1, Trefferquote %2, F1 %3, IoU %4</translation>
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
        <translation>Schreibt das Modell eines Checkpoints als TorchScript-Modul für PyTorch:
  model = torch.jit.load(&quot;model.pt&quot;)
  logits = model(x)  # x: float [N, 3, H, W], RGB in [0, 1], normalisiert mit
                     # model.mean und model.std; H und W beliebig
Es liefert Logits der Form [N, classes, H, W], genau wie SegStudio sie berechnet; die
Klassennamen stehen in model.class_names. SegStudio öffnet die Datei auch als Modell.</translation>
    </message>
    <message>
        <source>A checkpoint (best.pt or last.pt of a run).</source>
        <translation>Ein Checkpoint (best.pt oder last.pt eines Laufs).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>The TorchScript file to write.</source>
        <translation>Die zu schreibende TorchScript-Datei.</translation>
    </message>
    <message>
        <source>--checkpoint and --out are required</source>
        <translation>--checkpoint und --out sind erforderlich</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: %2, %n class(es); load it with torch.jit.load</source>
        <translation>
            <numerusform>%1 geschrieben: %2, %n Klasse; laden mit torch.jit.load</numerusform>
            <numerusform>%1 geschrieben: %2, %n Klassen; laden mit torch.jit.load</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FillTool</name>
    <message>
        <source>Flood fill</source>
        <translation>Flächenfüllung</translation>
    </message>
</context>
<context>
    <name>GuiMain</name>
    <message>
        <source>SegStudio: paint masks, train segmentation models, compare them.</source>
        <translation>SegStudio: Masken malen, Segmentierungsmodelle trainieren und vergleichen.</translation>
    </message>
    <message>
        <source>Open the demo project (synthetic shapes), creating it on first use.</source>
        <translation>Das Demoprojekt (synthetische Formen) öffnen; beim ersten Mal wird es erstellt.</translation>
    </message>
    <message>
        <source>Project folder or project.json to open.</source>
        <translation>Zu öffnender Projektordner oder project.json.</translation>
    </message>
    <message>
        <source>[project]</source>
        <translation>[Projekt]</translation>
    </message>
</context>
<context>
    <name>InitCommand</name>
    <message>
        <source>Makes a folder a SegStudio project (writes project.json into it), as the window&apos;s
File &gt; New Project does: a dataset in any layout SegStudio reads, or with --images
a plain folder of images to annotate.</source>
        <translation>Macht einen Ordner zu einem SegStudio-Projekt (schreibt project.json hinein), wie
Datei &gt; Neues Projekt im Fenster: ein Datensatz in einem beliebigen Layout, das SegStudio
liest, oder mit --images ein einfacher Ordner mit zu annotierenden Bildern.</translation>
    </message>
    <message>
        <source>The dataset or image folder.</source>
        <translation>Der Datensatz- oder Bildordner.</translation>
    </message>
    <message>
        <source>A plain folder of images to annotate.</source>
        <translation>Ein einfacher Ordner mit zu annotierenden Bildern.</translation>
    </message>
    <message>
        <source>With --images: class names, comma-separated (background,object).</source>
        <translation>Mit --images: Klassennamen, durch Kommas getrennt (background,object).</translation>
    </message>
    <message>
        <source>names</source>
        <translation>Namen</translation>
    </message>
    <message>
        <source>give one folder</source>
        <translation>einen Ordner angeben</translation>
    </message>
    <message numerus="yes">
        <source>Created %1 with %n classes</source>
        <translation>
            <numerusform>%1 mit %n Klasse erstellt</numerusform>
            <numerusform>%1 mit %n Klassen erstellt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InspectCommand</name>
    <message>
        <source>Dataset   %1</source>
        <translation>Datensatz  %1</translation>
    </message>
    <message>
        <source>Layout    %1</source>
        <translation>Layout     %1</translation>
    </message>
    <message>
        <source>Samples   %1 (%2 labelled, %3 unlabelled)</source>
        <translation>Beispiele  %1 (%2 annotiert, %3 nicht annotiert)</translation>
    </message>
    <message>
        <source>Split     train %1, val %2, test %3</source>
        <translation>Aufteilung Training %1, Validierung %2, Test %3</translation>
    </message>
    <message>
        <source>%1x%2 (%3)</source>
        <translation>%1x%2 (%3)</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>und %1 weitere</translation>
    </message>
    <message>
        <source>Sizes     %1</source>
        <translation>Größen     %1</translation>
    </message>
    <message>
        <source>Classes (inferred from the mask values; add labels.txt to name them)</source>
        <translation>Klassen (aus den Maskenwerten abgeleitet; fügen Sie eine labels.txt hinzu, um sie zu benennen)</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>Klassen</translation>
    </message>
    <message>
        <source>index</source>
        <translation>Index</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>pixels</source>
        <translation>Pixel</translation>
    </message>
    <message>
        <source>share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>(ignored)</source>
        <translation>(ignoriert)</translation>
    </message>
    <message>
        <source>Problems  %1 (%2 samples skipped)</source>
        <translation>Probleme   %1 (%2 Beispiele übersprungen)</translation>
    </message>
    <message>
        <source>Reads every sample of a dataset and reports counts, image sizes, class pixel
frequencies and the problems found (bad files are skipped and listed).</source>
        <translation>Liest jedes Beispiel eines Datensatzes und berichtet Anzahlen, Bildgrößen, Pixelhäufigkeiten
der Klassen und die gefundenen Probleme (fehlerhafte Dateien werden übersprungen und aufgelistet).</translation>
    </message>
    <message>
        <source>Dataset folder (VOC, PennFudan or images/ + masks/).</source>
        <translation>Datensatzordner (VOC, PennFudan oder images/ + masks/).</translation>
    </message>
    <message>
        <source>Print the report as JSON.</source>
        <translation>Den Bericht als JSON ausgeben.</translation>
    </message>
    <message>
        <source>Stop at the first problem (exit code 1) instead of skipping.</source>
        <translation>Beim ersten Problem abbrechen (Exit-Code 1), statt es zu überspringen.</translation>
    </message>
    <message>
        <source>Force the layout: voc, pennfudan, folders or images.</source>
        <translation>Layout erzwingen: voc, pennfudan, folders oder images.</translation>
    </message>
    <message>
        <source>layout</source>
        <translation>Layout</translation>
    </message>
    <message>
        <source>Validation share when the dataset has no split files (default 0.2).</source>
        <translation>Validierungsanteil, wenn der Datensatz keine Aufteilungsdateien hat (Standard: 0.2).</translation>
    </message>
    <message>
        <source>f</source>
        <translation>f</translation>
    </message>
    <message>
        <source>Seed of that split (default 42).</source>
        <translation>Startwert dieser Aufteilung (Standard: 42).</translation>
    </message>
    <message>
        <source>k</source>
        <translation>k</translation>
    </message>
    <message>
        <source>give exactly one dataset folder</source>
        <translation>genau einen Datensatzordner angeben</translation>
    </message>
    <message>
        <source>--layout must be voc, pennfudan, folders or images</source>
        <translation>--layout muss voc, pennfudan, folders oder images sein</translation>
    </message>
</context>
<context>
    <name>MetricsTable</name>
    <message>
        <source>class</source>
        <translation>Klasse</translation>
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
        <translation>Gen.</translation>
    </message>
    <message>
        <source>Prec</source>
        <translation>Präz.</translation>
    </message>
    <message>
        <source>GT pixels</source>
        <translation>GT-Pixel</translation>
    </message>
    <message>
        <source>Pixel accuracy        %1</source>
        <translation>Pixelgenauigkeit            %1</translation>
    </message>
    <message>
        <source>Mean class accuracy   %1</source>
        <translation>Mittlere Klassengenauigkeit %1</translation>
    </message>
    <message>
        <source>Mean IoU              %1</source>
        <translation>Mittlere IoU                %1</translation>
    </message>
    <message>
        <source>FW IoU                %1</source>
        <translation>FW IoU                      %1</translation>
    </message>
    <message>
        <source>Mean Dice             %1</source>
        <translation>Mittlerer Dice              %1</translation>
    </message>
</context>
<context>
    <name>ModelCommand</name>
    <message>
        <source>Prints a model&apos;s size: parameters, convolutions and matrix products, and the multiply-accumulates (GMACs) of one forward pass.</source>
        <translation>Gibt die Größe eines Modells aus: Parameter, Faltungen und Matrixprodukte sowie die Multiplikations-Akkumulationen (GMACs) eines Vorwärtsdurchlaufs.</translation>
    </message>
    <message>
        <source>Lists every architecture, one a line: its name, its label and what it takes (image, or pair for change detection), tab-separated.</source>
        <translation>Listet jede Architektur auf, eine pro Zeile: Name, Bezeichnung und Eingabe (image oder, für Änderungserkennung, pair), durch Tabulatoren getrennt.</translation>
    </message>
    <message>
        <source>Number of classes.</source>
        <translation>Anzahl der Klassen.</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Input size: S or WxH (default 512).</source>
        <translation>Eingabegröße: S oder WxH (Standard: 512).</translation>
    </message>
    <message>
        <source>size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>--size must be S or WxH with sides from 8 to 8192</source>
        <translation>--size muss S oder WxH sein, mit Seitenlängen von 8 bis 8192</translation>
    </message>
    <message>
        <source>%1 (%2) at %3x%4: %5 parameters (%6 M), %7 convolutions, %8 matrix products; %9 GMACs per forward pass (multiply-accumulates; FLOPs are twice as many)</source>
        <translation>%1 (%2) bei %3x%4: %5 Parameter (%6 M), %7 Faltungen, %8 Matrixprodukte; %9 GMACs pro Vorwärtsdurchlauf (Multiplikations-Akkumulationen; FLOPs sind doppelt so viele)</translation>
    </message>
    <message>
        <source>Model zoo, with its default options: %1</source>
        <translation>Modellzoo mit seinen Standardoptionen: %1</translation>
    </message>
</context>
<context>
    <name>ModelOptions</name>
    <message>
        <source>Refine the probabilities with a fully connected CRF (dense CRF): pixels close in position and colour lean to the same class.</source>
        <translation>Die Wahrscheinlichkeiten mit einem vollständig verbundenen CRF (Dense CRF) verfeinern: Pixel mit ähnlicher Position und Farbe tendieren zur selben Klasse.</translation>
    </message>
    <message>
        <source>CRF mean-field iterations (default %1; implies --crf).</source>
        <translation>Mean-Field-Iterationen des CRF (Standard: %1; impliziert --crf).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>CRF appearance kernel: weight, spatial width in pixels, colour width (default %1,%2,%3; implies --crf).</source>
        <translation>Erscheinungskern des CRF: Gewicht, räumliche Breite in Pixeln, Farbbreite (Standard: %1,%2,%3; impliziert --crf).</translation>
    </message>
    <message>
        <source>w,px,colour</source>
        <translation>w,px,Farbe</translation>
    </message>
    <message>
        <source>CRF smoothness kernel: weight, spatial width in pixels (default %1,%2; implies --crf).</source>
        <translation>Glättungskern des CRF: Gewicht, räumliche Breite in Pixeln (Standard: %1,%2; impliziert --crf).</translation>
    </message>
    <message>
        <source>w,px</source>
        <translation>w,px</translation>
    </message>
    <message>
        <source>--crf-appearance takes three numbers, e.g. 5,30,13</source>
        <translation>--crf-appearance erwartet drei Zahlen, z. B. 5,30,13</translation>
    </message>
    <message>
        <source>--crf-smoothness takes two numbers, e.g. 3,3</source>
        <translation>--crf-smoothness erwartet zwei Zahlen, z. B. 3,3</translation>
    </message>
    <message>
        <source>TorchScript models: class names, comma-separated, or a labels.txt or classes.json file. Without it, the settings stored next to the model (or inside a model SegStudio exported) apply.</source>
        <translation>TorchScript-Modelle: Klassennamen, durch Kommas getrennt, oder eine labels.txt- bzw. classes.json-Datei. Ohne diese Angabe gelten die neben dem Modell gespeicherten Einstellungen (oder die in einem von SegStudio exportierten Modell).</translation>
    </message>
    <message>
        <source>names|file</source>
        <translation>Namen|Datei</translation>
    </message>
    <message>
        <source>TorchScript models: input mean per RGB channel (default ImageNet&apos;s 0.485,0.456,0.406).</source>
        <translation>TorchScript-Modelle: Eingabe-Mittelwert pro RGB-Kanal (Standard: 0.485,0.456,0.406 von ImageNet).</translation>
    </message>
    <message>
        <source>r,g,b</source>
        <translation>r,g,b</translation>
    </message>
    <message>
        <source>TorchScript models: input standard deviation per RGB channel (default ImageNet&apos;s 0.229,0.224,0.225).</source>
        <translation>TorchScript-Modelle: Eingabe-Standardabweichung pro RGB-Kanal (Standard: 0.229,0.224,0.225 von ImageNet).</translation>
    </message>
    <message>
        <source>TorchScript models traced at one size: WxH; images are resized to it.</source>
        <translation>Per Tracing mit fester Größe erstellte TorchScript-Modelle: WxH; die Bilder werden auf diese Größe skaliert.</translation>
    </message>
    <message>
        <source>size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>--mean, --std and --input-size go with --classes</source>
        <translation>--mean, --std und --input-size gehören zu --classes</translation>
    </message>
    <message>
        <source>--%1 takes three numbers separated by commas, e.g. 0.5,0.5,0.5</source>
        <translation>--%1 erwartet drei durch Kommas getrennte Zahlen, z. B. 0.5,0.5,0.5</translation>
    </message>
    <message>
        <source>--input-size takes WxH, e.g. 520x520</source>
        <translation>--input-size erwartet WxH, z. B. 520x520</translation>
    </message>
</context>
<context>
    <name>ModelTable</name>
    <message>
        <source>Backbone</source>
        <translation>Backbone</translation>
    </message>
    <message>
        <source>The encoder: a ResNet (He et al. 2016) or a VGG network (Simonyan and Zisserman 2015).</source>
        <translation>Der Encoder: ein ResNet (He et al. 2016) oder ein VGG-Netz (Simonyan und Zisserman 2015).</translation>
    </message>
    <message>
        <source>The encoder: a ResNet (He et al. 2016).</source>
        <translation>Der Encoder: ein ResNet (He et al. 2016).</translation>
    </message>
    <message>
        <source>The encoder: a VGG network (Simonyan and Zisserman 2015).</source>
        <translation>Der Encoder: ein VGG-Netz (Simonyan und Zisserman 2015).</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Breite</translation>
    </message>
    <message>
        <source>Channels of the backbone&apos;s first stage: 64 as in the papers; fewer train faster.</source>
        <translation>Kanäle der ersten Stufe des Backbones: 64 wie in den Originalarbeiten; weniger trainieren schneller.</translation>
    </message>
    <message>
        <source>Output stride</source>
        <translation>Ausgabe-Schrittweite</translation>
    </message>
    <message>
        <source>How much smaller than the image the deepest features are: 8 keeps finer detail and costs about four times more.</source>
        <translation>Um wie viel kleiner als das Bild die tiefsten Merkmale sind: 8 erhält feinere Details und kostet etwa viermal so viel.</translation>
    </message>
    <message>
        <source>Atrous rate</source>
        <translation>Dilatationsrate</translation>
    </message>
    <message>
        <source>scaled to the training crop</source>
        <translation>an den Trainingszuschnitt angepasst</translation>
    </message>
    <message>
        <source>Channels of the highest-resolution branch (W); the others have 2W, 4W and 8W. 18 as in HRNet-W18.</source>
        <translation>Kanäle des Zweigs mit der höchsten Auflösung (W); die anderen haben 2W, 4W und 8W. 18 wie in HRNet-W18.</translation>
    </message>
    <message>
        <source>Channels of the first stage and of every attention head; the stages have 1, 2, 5 and 8 times as many. 32 as in MiT-B0.</source>
        <translation>Kanäle der ersten Stufe und jedes Attention-Heads; die Stufen haben 1-, 2-, 5- und 8-mal so viele. 32 wie in MiT-B0.</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>Tiefe</translation>
    </message>
    <message>
        <source>Transformer blocks in each of the four stages (2 in MiT-B0).</source>
        <translation>Transformer-Blöcke in jeder der vier Stufen (2 in MiT-B0).</translation>
    </message>
    <message>
        <source>Channels of the first stage; each of the four stages doubles them. 16 as in the paper.</source>
        <translation>Kanäle der ersten Stufe; jede der vier Stufen verdoppelt sie. 16 wie in der Originalarbeit.</translation>
    </message>
    <message>
        <source>Bilinear upsampling</source>
        <translation>Bilineare Hochskalierung</translation>
    </message>
    <message>
        <source>Upsample bilinearly instead of with a learned 2x2 transposed convolution.</source>
        <translation>Bilinear hochskalieren statt mit einer gelernten transponierten 2x2-Faltung.</translation>
    </message>
    <message>
        <source>Normalisation</source>
        <translation>Normalisierung</translation>
    </message>
    <message>
        <source>Batch: BatchNorm, the usual choice. Instance: each image normalised by its own statistics, in training and prediction alike; learns faster from a few images (live learning uses it).</source>
        <translation>Batch: BatchNorm, die übliche Wahl. Instanz: jedes Bild wird mit seiner eigenen Statistik normalisiert, im Training wie in der Vorhersage; lernt schneller aus wenigen Bildern (Live-Lernen verwendet es).</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Batch</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>Instanz</translation>
    </message>
    <message>
        <source>Channels of the first stage; each deeper stage doubles them.</source>
        <translation>Kanäle der ersten Stufe; jede tiefere Stufe verdoppelt sie.</translation>
    </message>
    <message>
        <source>Number of stages, each at half the resolution of the last.</source>
        <translation>Anzahl der Stufen, jede mit der halben Auflösung der vorherigen.</translation>
    </message>
    <message>
        <source>DeepLab v1 (LargeFOV)</source>
        <translation>DeepLab v1 (LargeFOV)</translation>
    </message>
    <message>
        <source>Chen et al. 2015: a VGG network kept at output stride 8, and a classifier whose atrous convolution sees a large field of view.</source>
        <translation>Chen et al. 2015: ein VGG-Netz mit Ausgabe-Schrittweite 8 und ein Klassifikator, dessen dilatierte Faltung ein großes Sichtfeld hat.</translation>
    </message>
    <message>
        <source>Dilation of the fc6 classifier layer: 12 in the paper, for 321-pixel crops.</source>
        <translation>Dilatation der Klassifikatorschicht fc6: 12 in der Originalarbeit, für Zuschnitte von 321 Pixeln.</translation>
    </message>
    <message>
        <source>DeepLab v2</source>
        <translation>DeepLab v2</translation>
    </message>
    <message>
        <source>Chen et al. 2017: four atrous classifiers at rates r, 2r, 3r and 4r whose scores are summed (atrous spatial pyramid pooling).</source>
        <translation>Chen et al. 2017: vier dilatierte Klassifikatoren mit den Raten r, 2r, 3r und 4r, deren Werte summiert werden (Atrous Spatial Pyramid Pooling).</translation>
    </message>
    <message>
        <source>The smallest of the four rates, r: 6 in the paper, for 321-pixel crops.</source>
        <translation>Die kleinste der vier Raten, r: 6 in der Originalarbeit, für Zuschnitte von 321 Pixeln.</translation>
    </message>
    <message>
        <source>U-Net</source>
        <translation>U-Net</translation>
    </message>
    <message>
        <source>Ronneberger et al. 2015: an encoder and a decoder joined by skip connections at every scale.</source>
        <translation>Ronneberger et al. 2015: ein Encoder und ein Decoder, auf jeder Skala durch Skip-Verbindungen verbunden.</translation>
    </message>
    <message>
        <source>FCN-8s</source>
        <translation>FCN-8s</translation>
    </message>
    <message>
        <source>Long et al. 2015: class scores from strides 32, 16 and 8, summed.</source>
        <translation>Long et al. 2015: Klassenwerte aus den Schrittweiten 32, 16 und 8, summiert.</translation>
    </message>
    <message>
        <source>FCN-16s</source>
        <translation>FCN-16s</translation>
    </message>
    <message>
        <source>Long et al. 2015: class scores from strides 32 and 16, summed.</source>
        <translation>Long et al. 2015: Klassenwerte aus den Schrittweiten 32 und 16, summiert.</translation>
    </message>
    <message>
        <source>FCN-32s</source>
        <translation>FCN-32s</translation>
    </message>
    <message>
        <source>Long et al. 2015: class scores from stride 32, upsampled.</source>
        <translation>Long et al. 2015: Klassenwerte aus Schrittweite 32, hochskaliert.</translation>
    </message>
    <message>
        <source>SegNet</source>
        <translation>SegNet</translation>
    </message>
    <message>
        <source>Badrinarayanan et al. 2017: a VGG encoder whose max-pooling positions tell the decoder where to unpool.</source>
        <translation>Badrinarayanan et al. 2017: ein VGG-Encoder, dessen Max-Pooling-Positionen dem Decoder sagen, wohin er beim Unpooling schreibt.</translation>
    </message>
    <message>
        <source>DeepLabv3</source>
        <translation>DeepLabv3</translation>
    </message>
    <message>
        <source>Chen et al. 2017: atrous spatial pyramid pooling on a dilated backbone.</source>
        <translation>Chen et al. 2017: Atrous Spatial Pyramid Pooling auf einem dilatierten Backbone.</translation>
    </message>
    <message>
        <source>DeepLabv3+</source>
        <translation>DeepLabv3+</translation>
    </message>
    <message>
        <source>Chen et al. 2018: atrous spatial pyramid pooling on a dilated backbone, and a decoder that sharpens borders with stride-4 features.</source>
        <translation>Chen et al. 2018: Atrous Spatial Pyramid Pooling auf einem dilatierten Backbone und ein Decoder, der Kanten mit Merkmalen der Schrittweite 4 schärft.</translation>
    </message>
    <message>
        <source>PSPNet</source>
        <translation>PSPNet</translation>
    </message>
    <message>
        <source>Zhao et al. 2017: pyramid pooling over 1, 2, 3 and 6 bins gives every pixel the context of its region and of the whole image.</source>
        <translation>Zhao et al. 2017: Pyramiden-Pooling über 1, 2, 3 und 6 Felder gibt jedem Pixel den Kontext seiner Region und des ganzen Bildes.</translation>
    </message>
    <message>
        <source>RefineNet (light-weight)</source>
        <translation>RefineNet (leichtgewichtig)</translation>
    </message>
    <message>
        <source>Lin et al. 2017: the deepest features refined step by step with finer ones: residual convolution units, multi-resolution fusion and chained residual pooling.</source>
        <translation>Lin et al. 2017: die tiefsten Merkmale werden Schritt für Schritt mit feineren verfeinert: residuale Faltungseinheiten, Fusion mehrerer Auflösungen und verkettetes residuales Pooling.</translation>
    </message>
    <message>
        <source>HRNet (W18-small style)</source>
        <translation>HRNet (im Stil von W18-small)</translation>
    </message>
    <message>
        <source>Wang et al. 2020: branches at four resolutions run side by side and exchange features after every stage, so a high-resolution branch is kept all the way.</source>
        <translation>Wang et al. 2020: Zweige mit vier Auflösungen laufen parallel und tauschen nach jeder Stufe Merkmale aus, sodass durchgehend ein hochauflösender Zweig erhalten bleibt.</translation>
    </message>
    <message>
        <source>SegFormer (MiT-B0 style)</source>
        <translation>SegFormer (im Stil von MiT-B0)</translation>
    </message>
    <message>
        <source>Xie et al. 2021: a hierarchical transformer encoder with efficient self-attention and overlapping patch embeddings, and a light all-MLP decoder.</source>
        <translation>Xie et al. 2021: ein hierarchischer Transformer-Encoder mit effizienter Self-Attention und überlappenden Patch-Embeddings sowie ein leichter, reiner MLP-Decoder.</translation>
    </message>
    <message>
        <source>FC-EF (change detection)</source>
        <translation>FC-EF (Änderungserkennung)</translation>
    </message>
    <message>
        <source>Daudt et al. 2018: a U-Net-like network on the before and after images stacked as one 6-channel input (early fusion).</source>
        <translation>Daudt et al. 2018: ein U-Net-ähnliches Netz auf Vorher- und Nachher-Bild, gestapelt zu einer 6-kanaligen Eingabe (frühe Fusion).</translation>
    </message>
    <message>
        <source>FC-Siam-conc (change detection)</source>
        <translation>FC-Siam-conc (Änderungserkennung)</translation>
    </message>
    <message>
        <source>Daudt et al. 2018: one encoder with shared weights on each image; the decoder sees both encodings side by side.</source>
        <translation>Daudt et al. 2018: ein Encoder mit geteilten Gewichten für jedes Bild; der Decoder sieht beide Kodierungen nebeneinander.</translation>
    </message>
    <message>
        <source>FC-Siam-diff (change detection)</source>
        <translation>FC-Siam-diff (Änderungserkennung)</translation>
    </message>
    <message>
        <source>Daudt et al. 2018: one encoder with shared weights on each image; the decoder sees the absolute difference of the encodings.</source>
        <translation>Daudt et al. 2018: ein Encoder mit geteilten Gewichten für jedes Bild; der Decoder sieht die absolute Differenz der Kodierungen.</translation>
    </message>
</context>
<context>
    <name>ModelText</name>
    <message>
        <source>%1 or %2</source>
        <translation>%1 oder %2</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>%1, a multiple of %2</source>
        <translation>%1, ein Vielfaches von %2</translation>
    </message>
    <message>
        <source>%1 (0: %2)</source>
        <translation>%1 (0: %2)</translation>
    </message>
    <message>
        <source>on or off</source>
        <translation>an oder aus</translation>
    </message>
    <message>
        <source>Measured with %5 threads: %1 M parameters, %2 GMACs at 256x256, trains %3 images/s (128x128), predicts a 512x512 image in %4 ms</source>
        <translation>Gemessen mit %5 Threads: %1 M Parameter, %2 GMACs bei 256x256, trainiert %3 Bilder/s (128x128), sagt ein 512x512-Bild in %4 ms vorher</translation>
    </message>
    <message>
        <source>%1; validation mIoU not measured yet.</source>
        <translation>%1; Validierungs-mIoU noch nicht gemessen.</translation>
    </message>
    <message>
        <source>the demo</source>
        <translation>dem Demoprojekt</translation>
    </message>
    <message>
        <source>synthetic change pairs</source>
        <translation>synthetischen Änderungspaaren</translation>
    </message>
    <message numerus="yes">
        <source>%1; validation mIoU %2 on %3 after %4 minutes of training (%n epoch(s)).</source>
        <translation>
            <numerusform>%1; Validierungs-mIoU %2 auf %3 nach %4 Minuten Training (%n Epoche).</numerusform>
            <numerusform>%1; Validierungs-mIoU %2 auf %3 nach %4 Minuten Training (%n Epochen).</numerusform>
        </translation>
    </message>
    <message>
        <source>on</source>
        <translation>an</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>Not measured yet in the model zoo.</source>
        <translation>Im Modellzoo noch nicht gemessen.</translation>
    </message>
    <message>
        <source>%1 M parameters · %2 GMACs · trains %3 img/s · %4 ms per 512² image</source>
        <translation>%1 M Parameter · %2 GMACs · trainiert %3 img/s · %4 ms pro 512²-Bild</translation>
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
        <translation>Sagt Masken für ein Bild oder einen Bildordner vorher und schreibt sie als Paletten-PNGs,
benannt nach den Bildern (und mit --overlay die Bilder mit eingeblendeter Maske, im Ordner
overlays innerhalb von --out, getrennt von den Masken).
Ein Modell zur Änderungserkennung nimmt Bildpaare: --input ist dann das Vorher-Bild (oder
der Ordner) und --after das Nachher-Bild (oder ein Ordner, dessen Bilder per Name zu denen
von --input passen).
Bilder, die größer als die Kachelgröße sind, werden in überlappenden Kacheln vorhergesagt.</translation>
    </message>
    <message>
        <source>A checkpoint (best.pt or last.pt of a run) or a TorchScript model.</source>
        <translation>Ein Checkpoint (best.pt oder last.pt eines Laufs) oder ein TorchScript-Modell.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>An image, or a folder of images.</source>
        <translation>Ein Bild oder ein Ordner mit Bildern.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Change detection: the after image, or a folder of after images named as --input&apos;s.</source>
        <translation>Änderungserkennung: das Nachher-Bild oder ein Ordner mit Nachher-Bildern, benannt wie die von --input.</translation>
    </message>
    <message>
        <source>Folder for the masks (created if missing).</source>
        <translation>Ordner für die Masken (wird bei Bedarf angelegt).</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Also write overlays/&lt;name&gt;_overlay.png inside --out: the image with the mask blended in.</source>
        <translation>Zusätzlich overlays/&lt;Name&gt;_overlay.png in --out schreiben: das Bild mit eingeblendeter Maske.</translation>
    </message>
    <message>
        <source>Tile size for large images (default 512).</source>
        <translation>Kachelgröße für große Bilder (Standard: 512).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>--checkpoint, --input and --out are required</source>
        <translation>--checkpoint, --input und --out sind erforderlich</translation>
    </message>
    <message>
        <source>this model compares image pairs: give the after images with --after</source>
        <translation>dieses Modell vergleicht Bildpaare: geben Sie die Nachher-Bilder mit --after an</translation>
    </message>
    <message>
        <source>--after is for change detection models; this one predicts single images</source>
        <translation>--after ist für Modelle zur Änderungserkennung gedacht; dieses sagt einzelne Bilder vorher</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>Wrote %1 masks to %2</source>
        <translation>%1 Masken nach %2 geschrieben</translation>
    </message>
</context>
<context>
    <name>ProcessLauncher</name>
    <message>
        <source>No free port on the loopback interface for the processes to meet on</source>
        <translation>Kein freier Port auf der Loopback-Schnittstelle, über den sich die Prozesse verbinden können</translation>
    </message>
    <message>
        <source>Could not start training process %1: %2</source>
        <translation>Trainingsprozess %1 konnte nicht gestartet werden: %2</translation>
    </message>
</context>
<context>
    <name>RunsCommand</name>
    <message>
        <source>Lists a project&apos;s training runs (runs/&lt;id&gt;/) with their model, epochs and best validation mIoU, as the window&apos;s Runs list does.</source>
        <translation>Listet die Trainingsläufe eines Projekts (runs/&lt;id&gt;/) mit Modell, Epochen und bester Validierungs-mIoU auf, wie die Liste „Läufe“ im Fenster.</translation>
    </message>
    <message>
        <source>Project folder or project.json.</source>
        <translation>Projektordner oder project.json.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>--data is required</source>
        <translation>--data ist erforderlich</translation>
    </message>
    <message>
        <source>No runs in %1</source>
        <translation>Keine Läufe in %1</translation>
    </message>
    <message>
        <source>run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>epochs</source>
        <translation>Epochen</translation>
    </message>
    <message>
        <source>best mIoU</source>
        <translation>beste mIoU</translation>
    </message>
    <message>
        <source>resumable</source>
        <translation>fortsetzbar</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
</context>
<context>
    <name>RuntimeText</name>
    <message numerus="yes">
        <source>CUDA: %n device(s) usable</source>
        <translation>
            <numerusform>CUDA: %n Gerät nutzbar</numerusform>
            <numerusform>CUDA: %n Geräte nutzbar</numerusform>
        </translation>
    </message>
    <message>
        <source>CUDA: built in, but no usable device</source>
        <translation>CUDA: eingebaut, aber kein nutzbares Gerät</translation>
    </message>
    <message>
        <source>CUDA: not available (this LibTorch is built for the CPU only)</source>
        <translation>CUDA: nicht verfügbar (diese LibTorch-Version ist nur für die CPU gebaut)</translation>
    </message>
    <message>
        <source>Qt %1, LibTorch %2 (oneDNN %3), OpenCV %4</source>
        <translation>Qt %1, LibTorch %2 (oneDNN %3), OpenCV %4</translation>
    </message>
    <message>
        <source>CPU features: %1; LibTorch&apos;s own kernels use %2</source>
        <translation>CPU-Funktionen: %1; die eigenen Kernel von LibTorch nutzen %2</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Threads: %1 of %2 hardware threads</source>
        <translation>Threads: %1 von %2 Hardware-Threads</translation>
    </message>
    <message>
        <source>Licence: GNU General Public License, version 3 or later</source>
        <translation>Lizenz: GNU General Public License, Version 3 oder später</translation>
    </message>
</context>
<context>
    <name>ScissorsTool</name>
    <message>
        <source>Intelligent scissors</source>
        <translation>Intelligente Schere</translation>
    </message>
    <message>
        <source>Scissors fill</source>
        <translation>Scheren-Füllung</translation>
    </message>
</context>
<context>
    <name>ScoreCommand</name>
    <message>
        <source>Scored %1 mask pairs, %2 pixels</source>
        <translation>%1 Maskenpaare bewertet, %2 Pixel</translation>
    </message>
    <message>
        <source>Classes were inferred from the mask values; give --classes to name them.</source>
        <translation>Die Klassen wurden aus den Maskenwerten abgeleitet; geben Sie --classes an, um sie zu benennen.</translation>
    </message>
    <message>
        <source>Scores predicted masks against ground-truth masks paired by file name: per-class
IoU, Dice, accuracy and precision; pixel accuracy, mean class accuracy, mIoU,
frequency-weighted IoU and mean Dice. Pixels marked 255 in the ground truth are ignored.</source>
        <translation>Bewertet vorhergesagte Masken gegen Ground-Truth-Masken, per Dateiname gepaart: pro Klasse
IoU, Dice, Genauigkeit und Präzision; Pixelgenauigkeit, mittlere Klassengenauigkeit, mIoU,
frequenzgewichtete IoU und mittlerer Dice. Pixel mit dem Wert 255 in der Ground Truth
werden ignoriert.</translation>
    </message>
    <message>
        <source>Folder of predicted masks.</source>
        <translation>Ordner der vorhergesagten Masken.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Folder of ground-truth masks.</source>
        <translation>Ordner der Ground-Truth-Masken.</translation>
    </message>
    <message>
        <source>labels.txt or classes.json naming the classes (needed for colour masks).</source>
        <translation>labels.txt oder classes.json mit den Klassennamen (nötig für Farbmasken).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Print the scores as JSON.</source>
        <translation>Die Ergebnisse als JSON ausgeben.</translation>
    </message>
    <message>
        <source>Fail on the first missing or unreadable mask instead of skipping it.</source>
        <translation>Bei der ersten fehlenden oder unlesbaren Maske abbrechen, statt sie zu überspringen.</translation>
    </message>
    <message>
        <source>--pred and --gt are required</source>
        <translation>--pred und --gt sind erforderlich</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>unerwartetes Argument &apos;%1&apos;</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
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
        <translation>Ersetzt die Trainingsmasken eines Projekts durch grobe Striche daraus, wie sie ein eiliger
Annotator malt: ein Strich quer über jedes Objekt und einige über den Hintergrund, der Rest
bleibt nicht annotiert. Validierungsmasken bleiben vollständig, sodass Läufe gegen die ganze
Ground Truth bewertet werden. Um zu messen, was sich mit spärlichen Annotationen
trainieren lässt, in einem neuen Projekt:
  segstudio-cli demo --out demo5 &amp;&amp; segstudio-cli scribble demo5 --fraction 0.05</translation>
    </message>
    <message>
        <source>The project (folder or project.json).</source>
        <translation>Das Projekt (Ordner oder project.json).</translation>
    </message>
    <message>
        <source>Share of each image&apos;s pixels the scribbles cover, above 0 up to 1 (default %1); strokes widen until they reach it.</source>
        <translation>Anteil der Pixel jedes Bildes, den die Striche abdecken, über 0 bis höchstens 1 (Standard: %1); die Striche werden verbreitert, bis er erreicht ist.</translation>
    </message>
    <message>
        <source>f</source>
        <translation>f</translation>
    </message>
    <message>
        <source>Strokes across the background of each image (default %1).</source>
        <translation>Striche über den Hintergrund jedes Bildes (Standard: %1).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Random seed (default %1).</source>
        <translation>Zufallsstartwert (Standard: %1).</translation>
    </message>
    <message>
        <source>k</source>
        <translation>k</translation>
    </message>
    <message>
        <source>give one project</source>
        <translation>ein Projekt angeben</translation>
    </message>
    <message numerus="yes">
        <source>Scribbled %n training masks into %1: %2% of their pixels labelled, strokes %3 to %4 px wide</source>
        <translation>
            <numerusform>%n Trainingsmaske in %1 durch Striche ersetzt: %2% ihrer Pixel annotiert, Striche %3 bis %4 px breit</numerusform>
            <numerusform>%n Trainingsmasken in %1 durch Striche ersetzt: %2% ihrer Pixel annotiert, Striche %3 bis %4 px breit</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShapeTool</name>
    <message>
        <source>Lasso fill</source>
        <translation>Lasso-Füllung</translation>
    </message>
    <message>
        <source>Polygon fill</source>
        <translation>Polygonfüllung</translation>
    </message>
</context>
<context>
    <name>StrokeTool</name>
    <message>
        <source>Erase</source>
        <translation>Radieren</translation>
    </message>
    <message>
        <source>Brush stroke</source>
        <translation>Pinselstrich</translation>
    </message>
</context>
<context>
    <name>SuperpixelTool</name>
    <message>
        <source>Superpixel fill</source>
        <translation>Superpixel-Füllung</translation>
    </message>
    <message>
        <source>Superpixels</source>
        <translation>Superpixel</translation>
    </message>
</context>
<context>
    <name>SynthCommand</name>
    <message>
        <source>Writes the synthetic-shapes demo dataset (images/, masks/, classes.json, labels.txt):
circles, rectangles, triangles and ellipses with masks of their kind.</source>
        <translation>Schreibt den Demodatensatz mit synthetischen Formen (images/, masks/, classes.json, labels.txt):
Kreise, Rechtecke, Dreiecke und Ellipsen mit Masken ihrer Art.</translation>
    </message>
    <message>
        <source>Folder to write the dataset into (created if missing).</source>
        <translation>Ordner, in den der Datensatz geschrieben wird (wird bei Bedarf angelegt).</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Number of images (default 500).</source>
        <translation>Anzahl der Bilder (Standard: 500).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Image size: S or WxH, 16 to 8192 (default 128).</source>
        <translation>Bildgröße: S oder WxH, 16 bis 8192 (Standard: 128).</translation>
    </message>
    <message>
        <source>size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Random seed; the same seed gives the same dataset (default 1).</source>
        <translation>Zufallsstartwert; derselbe Startwert ergibt denselben Datensatz (Standard: 1).</translation>
    </message>
    <message>
        <source>k</source>
        <translation>k</translation>
    </message>
    <message>
        <source>Gaussian pixel noise sigma, 0 to 64 (default 6).</source>
        <translation>Sigma des gaußschen Pixelrauschens, 0 bis 64 (Standard: 6).</translation>
    </message>
    <message>
        <source>sigma</source>
        <translation>Sigma</translation>
    </message>
    <message>
        <source>Write change-detection pairs instead, in the LEVIR-CD layout (A/, B/, label/): shapes appear, vanish and move between the two images while their colours drift.</source>
        <translation>Stattdessen Änderungspaare im LEVIR-CD-Layout schreiben (A/, B/, label/): Formen erscheinen, verschwinden und bewegen sich zwischen den beiden Bildern, während ihre Farben driften.</translation>
    </message>
    <message>
        <source>With --change: how far the after image&apos;s colours drift, 0 to 1 (default %1).</source>
        <translation>Mit --change: wie stark die Farben des Nachher-Bildes driften, 0 bis 1 (Standard: %1).</translation>
    </message>
    <message>
        <source>d</source>
        <translation>d</translation>
    </message>
    <message>
        <source>--out is required</source>
        <translation>--out ist erforderlich</translation>
    </message>
    <message>
        <source>--size must be S or WxH with sides from 16 to 8192 (got &apos;%1&apos;)</source>
        <translation>--size muss S oder WxH sein, mit Seitenlängen von 16 bis 8192 (erhalten: &apos;%1&apos;)</translation>
    </message>
    <message>
        <source>--drift needs --change</source>
        <translation>--drift erfordert --change</translation>
    </message>
    <message>
        <source>synth: %1/%2 pairs</source>
        <translation>synth: %1/%2 Paare</translation>
    </message>
    <message>
        <source>synth: %1/%2 images</source>
        <translation>synth: %1/%2 Bilder</translation>
    </message>
    <message>
        <source>Wrote %1 image pairs of %2x%3 with change masks to %4</source>
        <translation>%1 Bildpaare (%2x%3) samt Änderungsmasken nach %4 geschrieben</translation>
    </message>
    <message>
        <source>Wrote %1 images of %2x%3 with masks to %4</source>
        <translation>%1 Bilder (%2x%3) samt Masken nach %4 geschrieben</translation>
    </message>
</context>
<context>
    <name>TimeLeft</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1, about %2 left</source>
        <translation>%1, noch etwa %2</translation>
    </message>
</context>
<context>
    <name>TrainCommand</name>
    <message>
        <source>Trains a segmentation model on a dataset or project. Writes the run folder:
config.json, metrics.csv, log.txt, checkpoints/last.pt and best.pt.
Ctrl-C or SIGTERM stops after the current iteration and keeps a checkpoint to --resume from; SIGUSR1 pauses and SIGUSR2 continues.</source>
        <translation>Trainiert ein Segmentierungsmodell auf einem Datensatz oder Projekt. Schreibt den Laufordner:
config.json, metrics.csv, log.txt, checkpoints/last.pt und best.pt.
Ctrl-C oder SIGTERM stoppt nach der aktuellen Iteration und behält einen Checkpoint für --resume; SIGUSR1 pausiert und SIGUSR2 setzt fort.</translation>
    </message>
    <message>
        <source>Dataset folder or project (folder or project.json).</source>
        <translation>Datensatzordner oder Projekt (Ordner oder project.json).</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Run folder to create (or continue, with --resume).</source>
        <translation>Zu erstellender Laufordner (oder mit --resume der fortzusetzende).</translation>
    </message>
    <message>
        <source>Continue from a checkpoint (its run&apos;s last.pt).</source>
        <translation>Von einem Checkpoint fortsetzen (dem last.pt seines Laufs).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Start from a config.json (options below override it).</source>
        <translation>Von einer config.json ausgehen (die Optionen unten überschreiben sie).</translation>
    </message>
    <message>
        <source>Start the backbone from these weights: a SegStudio checkpoint or a PyTorch state dict (torchvision&apos;s ResNet names work).</source>
        <translation>Das Backbone mit diesen Gewichten initialisieren: ein SegStudio-Checkpoint oder ein PyTorch-State-Dict (die ResNet-Namen von torchvision funktionieren).</translation>
    </message>
    <message>
        <source>Epochs to train.</source>
        <translation>Zu trainierende Epochen.</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Batch size.</source>
        <translation>Batchgröße.</translation>
    </message>
    <message>
        <source>Square training crop in pixels; 0 trains on whole images.</source>
        <translation>Quadratischer Trainingszuschnitt in Pixeln; 0 trainiert auf ganzen Bildern.</translation>
    </message>
    <message>
        <source>Learning rate.</source>
        <translation>Lernrate.</translation>
    </message>
    <message>
        <source>rate</source>
        <translation>Rate</translation>
    </message>
    <message>
        <source>adam, adamw or sgd.</source>
        <translation>adam, adamw oder sgd.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Weight decay.</source>
        <translation>Gewichtszerfall.</translation>
    </message>
    <message>
        <source>w</source>
        <translation>w</translation>
    </message>
    <message>
        <source>ce, dice, ce_dice, focal or lovasz.</source>
        <translation>ce, dice, ce_dice, focal oder lovasz.</translation>
    </message>
    <message>
        <source>Cross-entropy weight per class, comma-separated, e.g. 0.5,1,1.</source>
        <translation>Kreuzentropie-Gewicht pro Klasse, durch Kommas getrennt, z. B. 0.5,1,1.</translation>
    </message>
    <message>
        <source>w,w,...</source>
        <translation>w,w,...</translation>
    </message>
    <message>
        <source>Cross-entropy label smoothing, 0 to 0.5.</source>
        <translation>Label-Glättung der Kreuzentropie, 0 bis 0.5.</translation>
    </message>
    <message>
        <source>s</source>
        <translation>s</translation>
    </message>
    <message>
        <source>Focal loss focusing parameter.</source>
        <translation>Fokussierungsparameter des Focal-Verlusts.</translation>
    </message>
    <message>
        <source>g</source>
        <translation>g</translation>
    </message>
    <message>
        <source>ce_dice: weight of the Dice term.</source>
        <translation>ce_dice: Gewicht des Dice-Terms.</translation>
    </message>
    <message>
        <source>For scribbled (partial) masks: weight of the dense-CRF regularised loss (Tang et al. 2018), which spreads labels up to the image&apos;s edges; 0 is off (default).</source>
        <translation>Für Masken aus Strichen (teilweise annotiert): Gewicht des Dense-CRF-regularisierten Verlusts (Tang et al. 2018), der die Annotationen bis an die Kanten im Bild ausbreitet; 0 ist aus (Standard).</translation>
    </message>
    <message>
        <source>The CRF loss kernel&apos;s width in pixels (%1).</source>
        <translation>Breite des CRF-Verlustkerns in Pixeln (%1).</translation>
    </message>
    <message>
        <source>px</source>
        <translation>px</translation>
    </message>
    <message>
        <source>The CRF loss kernel&apos;s width in intensity levels (%1).</source>
        <translation>Breite des CRF-Verlustkerns in Intensitätsstufen (%1).</translation>
    </message>
    <message>
        <source>levels</source>
        <translation>Stufen</translation>
    </message>
    <message>
        <source>poly, cosine, step or constant.</source>
        <translation>poly, cosine, step oder constant.</translation>
    </message>
    <message>
        <source>Linear warm-up iterations.</source>
        <translation>Iterationen der linearen Aufwärmphase.</translation>
    </message>
    <message>
        <source>Random scale range, e.g. 0.75,1.5.</source>
        <translation>Bereich der zufälligen Skalierung, z. B. 0.75,1.5.</translation>
    </message>
    <message>
        <source>min,max</source>
        <translation>min,max</translation>
    </message>
    <message>
        <source>Random rotation up to this many degrees.</source>
        <translation>Zufällige Drehung um bis zu so viele Grad.</translation>
    </message>
    <message>
        <source>deg</source>
        <translation>Grad</translation>
    </message>
    <message>
        <source>Colour jitter strength (brightness, contrast, saturation), 0 to 1.</source>
        <translation>Stärke der Farbvariation (Helligkeit, Kontrast, Sättigung), 0 bis 1.</translation>
    </message>
    <message>
        <source>Adversarial training (Luc et al. 2016): a discriminator learns to tell ground truth from predictions, and the model learns to fool it.</source>
        <translation>Adversarielles Training (Luc et al. 2016): ein Diskriminator lernt, Ground Truth von Vorhersagen zu unterscheiden, und das Modell lernt, ihn zu täuschen.</translation>
    </message>
    <message>
        <source>Weight of the adversarial term next to the segmentation loss (%1).</source>
        <translation>Gewicht des adversariellen Terms neben dem Segmentierungsverlust (%1).</translation>
    </message>
    <message>
        <source>The discriminator&apos;s learning rate (%1).</source>
        <translation>Lernrate des Diskriminators (%1).</translation>
    </message>
    <message>
        <source>No random horizontal flips.</source>
        <translation>Keine zufälligen horizontalen Spiegelungen.</translation>
    </message>
    <message>
        <source>Random vertical flips too (for data without an up and down).</source>
        <translation>Zusätzlich zufällige vertikale Spiegelungen (für Daten ohne Oben und Unten).</translation>
    </message>
    <message>
        <source>LibTorch threads (%1).</source>
        <translation>LibTorch-Threads (%1).</translation>
    </message>
    <message>
        <source>all cores</source>
        <translation>alle Kerne</translation>
    </message>
    <message>
        <source>Random seed.</source>
        <translation>Zufallsstartwert.</translation>
    </message>
    <message>
        <source>k</source>
        <translation>k</translation>
    </message>
    <message>
        <source>auto, cpu or cuda.</source>
        <translation>auto, cpu oder cuda.</translation>
    </message>
    <message>
        <source>Data-parallel training in this many processes on this machine, each with --batch images a step (set --threads to share the cores). Started by torchrun, srun or another launcher, the processes read RANK, WORLD_SIZE, LOCAL_RANK, MASTER_ADDR and MASTER_PORT instead.</source>
        <translation>Datenparalleles Training mit so vielen Prozessen auf diesem Rechner, jeder mit --batch Bildern pro Schritt (setzen Sie --threads, um die Kerne aufzuteilen). Wenn torchrun, srun oder ein anderer Launcher sie startet, lesen die Prozesse stattdessen RANK, WORLD_SIZE, LOCAL_RANK, MASTER_ADDR und MASTER_PORT.</translation>
    </message>
    <message>
        <source>Data-parallel communication: gloo (CPU) or nccl (CUDA).</source>
        <translation>Kommunikation beim datenparallelen Training: gloo (CPU) oder nccl (CUDA).</translation>
    </message>
    <message>
        <source>Validation share when the dataset has no split files (%1).</source>
        <translation>Validierungsanteil, wenn der Datensatz keine Aufteilungsdateien hat (%1).</translation>
    </message>
    <message>
        <source>f</source>
        <translation>f</translation>
    </message>
    <message>
        <source>--data is required</source>
        <translation>--data ist erforderlich</translation>
    </message>
    <message>
        <source>--out is required (or --resume a checkpoint)</source>
        <translation>--out ist erforderlich (oder --resume mit einem Checkpoint)</translation>
    </message>
    <message>
        <source>--adversarial-weight and --discriminator-lr need --adversarial</source>
        <translation>--adversarial-weight und --discriminator-lr erfordern --adversarial</translation>
    </message>
    <message>
        <source>--scale takes two numbers, e.g. 0.75,1.5</source>
        <translation>--scale erwartet zwei Zahlen, z. B. 0.75,1.5</translation>
    </message>
    <message>
        <source>--class-weights takes numbers, e.g. 0.5,1,1</source>
        <translation>--class-weights erwartet Zahlen, z. B. 0.5,1,1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>--backend is gloo or nccl</source>
        <translation>--backend muss gloo oder nccl sein</translation>
    </message>
    <message>
        <source>Finished: best mIoU %1 at epoch %2; checkpoints in %3</source>
        <translation>Fertig: beste mIoU %1 in Epoche %2; Checkpoints in %3</translation>
    </message>
    <message>
        <source>Stopped after %1 complete epochs. Continue with: --resume %2</source>
        <translation>Nach %1 vollständigen Epochen gestoppt. Fortsetzen mit: --resume %2</translation>
    </message>
    <message>
        <source>rank %1: </source>
        <translation>Rang %1: </translation>
    </message>
    <message>
        <source>Training failed: %1</source>
        <translation>Training fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>seg::ui::Annotator</name>
    <message>
        <source>&lt;opened&gt;</source>
        <translation>&lt;geöffnet&gt;</translation>
    </message>
    <message>
        <source>Pre-label with model</source>
        <translation>Mit Modell vorannotieren</translation>
    </message>
    <message>
        <source>Pre-labelled %1 with %2: correct what is wrong.</source>
        <translation>%1 mit %2 vorannotiert: korrigieren Sie, was falsch ist.</translation>
    </message>
    <message>
        <source>Painting Tools</source>
        <translation>Malwerkzeuge</translation>
    </message>
    <message>
        <source>Painting Options</source>
        <translation>Maloptionen</translation>
    </message>
    <message>
        <source>Brush</source>
        <translation>Pinsel</translation>
    </message>
    <message>
        <source>Paint the current class; Shift+click draws a straight line</source>
        <translation>Mit der aktuellen Klasse malen; Shift+Klick zieht eine gerade Linie</translation>
    </message>
    <message>
        <source>Eraser</source>
        <translation>Radierer</translation>
    </message>
    <message>
        <source>Make pixels unlabelled again</source>
        <translation>Pixel wieder auf nicht annotiert setzen</translation>
    </message>
    <message>
        <source>Fill</source>
        <translation>Füllen</translation>
    </message>
    <message>
        <source>Fill the region of similar colour under the click</source>
        <translation>Den Bereich ähnlicher Farbe unter dem Klick füllen</translation>
    </message>
    <message>
        <source>Polygon</source>
        <translation>Polygon</translation>
    </message>
    <message>
        <source>Click the corners; double-click or Enter fills</source>
        <translation>Ecken anklicken; Doppelklick oder Enter füllt</translation>
    </message>
    <message>
        <source>Lasso</source>
        <translation>Lasso</translation>
    </message>
    <message>
        <source>Drag around an area to fill it</source>
        <translation>Um einen Bereich ziehen, um ihn zu füllen</translation>
    </message>
    <message>
        <source>Rectangle</source>
        <translation>Rechteck</translation>
    </message>
    <message>
        <source>Drag to fill a rectangle</source>
        <translation>Ziehen, um ein Rechteck zu füllen</translation>
    </message>
    <message>
        <source>Pick Class</source>
        <translation>Klasse aufnehmen</translation>
    </message>
    <message>
        <source>Click a pixel to paint with its class (or Alt+click with any tool)</source>
        <translation>Ein Pixel anklicken, um mit seiner Klasse zu malen (oder Alt+Klick mit jedem Werkzeug)</translation>
    </message>
    <message>
        <source>GrabCut</source>
        <translation>GrabCut</translation>
    </message>
    <message>
        <source>Drag a box around an object; labels inside the box guide it (the current class as object, others as background)</source>
        <translation>Einen Rahmen um ein Objekt ziehen; vorhandene Annotationen im Rahmen steuern die Segmentierung (die aktuelle Klasse als Objekt, andere als Hintergrund)</translation>
    </message>
    <message>
        <source>Superpixel</source>
        <translation>Superpixel</translation>
    </message>
    <message>
        <source>Click to fill the superpixel (a patch of similar colour) under the cursor</source>
        <translation>Klicken, um das Superpixel (eine Fläche ähnlicher Farbe) unter dem Cursor zu füllen</translation>
    </message>
    <message>
        <source>Scissors</source>
        <translation>Schere</translation>
    </message>
    <message>
        <source>Click points along an object&apos;s edge; the path follows the edges; double-click closes and fills</source>
        <translation>Punkte entlang der Kante eines Objekts anklicken; der Pfad folgt den Kanten; Doppelklick schließt und füllt</translation>
    </message>
    <message>
        <source>Accept in Box</source>
        <translation>Im Rahmen übernehmen</translation>
    </message>
    <message>
        <source>Live mode: drag a box; the live prediction fills the unlabelled pixels inside it</source>
        <translation>Live-Modus: einen Rahmen ziehen; die Live-Vorhersage füllt die nicht annotierten Pixel darin</translation>
    </message>
    <message>
        <source> Size </source>
        <translation> Größe </translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Brush size: [ and ], or Ctrl+wheel</source>
        <translation>Pinselgröße: [ und ] oder Ctrl+Mausrad</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Rund</translation>
    </message>
    <message>
        <source>Square</source>
        <translation>Quadratisch</translation>
    </message>
    <message>
        <source> Paint over </source>
        <translation> Übermalen </translation>
    </message>
    <message>
        <source>anything</source>
        <translation>alles</translation>
    </message>
    <message>
        <source>unlabelled only</source>
        <translation>nur nicht annotierte</translation>
    </message>
    <message>
        <source>the picked class only</source>
        <translation>nur die aufgenommene Klasse</translation>
    </message>
    <message>
        <source>Which pixels strokes and fills may change</source>
        <translation>Welche Pixel Striche und Füllungen ändern dürfen</translation>
    </message>
    <message>
        <source> Tolerance </source>
        <translation> Toleranz </translation>
    </message>
    <message>
        <source>Fill: how far a colour may be from the clicked pixel&apos;s</source>
        <translation>Füllen: wie stark eine Farbe von der des angeklickten Pixels abweichen darf</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Fill Unlabelled with Current Class</source>
        <translation>Nicht annotierte Pixel mit aktueller Klasse füllen</translation>
    </message>
    <message>
        <source>Replace Class...</source>
        <translation>Klasse ersetzen...</translation>
    </message>
    <message>
        <source>Turn every pixel of one class into another in this mask</source>
        <translation>Alle Pixel einer Klasse in dieser Maske in eine andere umwandeln</translation>
    </message>
    <message>
        <source>Replace Class</source>
        <translation>Klasse ersetzen</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <source>with</source>
        <translation>durch</translation>
    </message>
    <message>
        <source>Pre-label with Model</source>
        <translation>Mit Modell vorannotieren</translation>
    </message>
    <message>
        <source>Run a trained model on this image; its prediction fills the unlabelled pixels</source>
        <translation>Ein trainiertes Modell auf dieses Bild anwenden; seine Vorhersage füllt die nicht annotierten Pixel</translation>
    </message>
    <message>
        <source>Grow Labels to Edges</source>
        <translation>Annotationen bis zu den Kanten ausdehnen</translation>
    </message>
    <message>
        <source>Watershed: every unlabelled pixel takes the class of the scribble that reaches it first along the image&apos;s edges</source>
        <translation>Wasserscheide: jedes nicht annotierte Pixel erhält die Klasse des Strichs, der es entlang der Bildkanten zuerst erreicht</translation>
    </message>
    <message>
        <source>Replace class</source>
        <translation>Klasse ersetzen</translation>
    </message>
    <message>
        <source>Predicting %1 with %2...</source>
        <translation>Vorhersage für %1 mit %2...</translation>
    </message>
    <message>
        <source>Scribble a few strokes of each class first.</source>
        <translation>Malen Sie zuerst für jede Klasse einige Striche.</translation>
    </message>
    <message>
        <source>Grow labels</source>
        <translation>Annotationen ausdehnen</translation>
    </message>
    <message>
        <source>Growing the labels of %1</source>
        <translation>Annotationen von %1 werden ausgedehnt</translation>
    </message>
    <message>
        <source>%1 stays open: its edits could not be saved.</source>
        <translation>%1 bleibt geöffnet: die Änderungen daran konnten nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Opening %1</source>
        <translation>%1 wird geöffnet</translation>
    </message>
    <message numerus="yes">
        <source>Recovered %n unsaved edit(s) of %1 from the autosave journal.</source>
        <translation>
            <numerusform>%n ungespeicherte Änderung an %1 aus dem Sicherungsjournal wiederhergestellt.</numerusform>
            <numerusform>%n ungespeicherte Änderungen an %1 aus dem Sicherungsjournal wiederhergestellt.</numerusform>
        </translation>
    </message>
    <message>
        <source>The mask of %1 was not saved: %2
Its edits are kept in the autosave journal and come back when the image is opened again.</source>
        <translation>Die Maske von %1 wurde nicht gespeichert: %2
Die Änderungen bleiben im Sicherungsjournal erhalten und werden wiederhergestellt, wenn das Bild erneut geöffnet wird.</translation>
    </message>
    <message>
        <source>The mask of %1 was not saved: %2
The image stays open so that its edits are not lost; free the folder and save again.</source>
        <translation>Die Maske von %1 wurde nicht gespeichert: %2
Das Bild bleibt geöffnet, damit die Änderungen nicht verloren gehen; geben Sie den Ordner frei und speichern Sie erneut.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>%1 has no labels left: it counts as unlabelled again.</source>
        <translation>%1 hat keine Annotationen mehr: es gilt wieder als nicht annotiert.</translation>
    </message>
    <message>
        <source>Fill unlabelled</source>
        <translation>Nicht annotierte füllen</translation>
    </message>
</context>
<context>
    <name>seg::ui::BatchPredictionDialog</name>
    <message>
        <source>Batch Prediction</source>
        <translation>Stapelvorhersage</translation>
    </message>
    <message>
        <source> (mIoU %1)</source>
        <translation> (mIoU %1)</translation>
    </message>
    <message>
        <source>Other Model...</source>
        <translation>Anderes Modell...</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Modell:</translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation>Durchsuchen...</translation>
    </message>
    <message>
        <source>Choose a Folder</source>
        <translation>Ordner wählen</translation>
    </message>
    <message>
        <source>Images (a folder, or one file):</source>
        <translation>Bilder (ein Ordner oder eine Datei):</translation>
    </message>
    <message>
        <source>only for change detection models</source>
        <translation>nur für Modelle zur Änderungserkennung</translation>
    </message>
    <message>
        <source>A change detection model compares two dates: the after image, or a folder of after images named as the images above</source>
        <translation>Ein Modell zur Änderungserkennung vergleicht zwei Zeitpunkte: das Nachher-Bild oder ein Ordner mit Nachher-Bildern, benannt wie die Bilder oben</translation>
    </message>
    <message>
        <source>After images (change pairs):</source>
        <translation>Nachher-Bilder (Änderungspaare):</translation>
    </message>
    <message>
        <source>Masks to folder:</source>
        <translation>Masken in Ordner:</translation>
    </message>
    <message>
        <source>Also write overlays (the image with its mask blended in)</source>
        <translation>Auch Überlagerungen schreiben (das Bild mit eingeblendeter Maske)</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Larger images are predicted in overlapping tiles of this size</source>
        <translation>Größere Bilder werden in überlappenden Kacheln dieser Größe vorhergesagt</translation>
    </message>
    <message>
        <source>Tile size:</source>
        <translation>Kachelgröße:</translation>
    </message>
    <message>
        <source>Post-processing:</source>
        <translation>Nachbearbeitung:</translation>
    </message>
    <message>
        <source>Predict</source>
        <translation>Vorhersagen</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <source>Choose a Model</source>
        <translation>Modell wählen</translation>
    </message>
    <message>
        <source>Models (*.pt *.pth *.torchscript);;All files (*)</source>
        <translation>Modelle (*.pt *.pth *.torchscript);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Stopped: wrote %1 of %2 masks to %3</source>
        <translation>Gestoppt: %1 von %2 Masken nach %3 geschrieben</translation>
    </message>
    <message>
        <source>Wrote %1 masks to %2</source>
        <translation>%1 Masken nach %2 geschrieben</translation>
    </message>
    <message>
        <source>Predicting %1</source>
        <translation>Vorhersage für %1</translation>
    </message>
</context>
<context>
    <name>seg::ui::ChangeFoldersDialog</name>
    <message>
        <source>Folders of the Change Pairs</source>
        <translation>Ordner der Änderungspaare</translation>
    </message>
    <message>
        <source>SegStudio does not recognise the layout of %1. If it holds change pairs (two images of the same place at two dates, matched by file name, and masks of what changed), choose its folders.</source>
        <translation>SegStudio erkennt das Layout von %1 nicht. Wenn der Ordner Änderungspaare enthält (zwei Bilder desselben Ortes zu zwei Zeitpunkten, per Dateiname zugeordnet, und Masken der Änderungen), wählen Sie seine Ordner.</translation>
    </message>
    <message>
        <source>(none: no labels yet)</source>
        <translation>(keiner: noch keine Annotationen)</translation>
    </message>
    <message>
        <source>Before images:</source>
        <translation>Vorher-Bilder:</translation>
    </message>
    <message>
        <source>After images:</source>
        <translation>Nachher-Bilder:</translation>
    </message>
    <message>
        <source>Change masks (0 unchanged, 255 change):</source>
        <translation>Änderungsmasken (0 unverändert, 255 Änderung):</translation>
    </message>
    <message>
        <source>The folder needs at least two subfolders: the before and after images.</source>
        <translation>Der Ordner braucht mindestens zwei Unterordner: die Vorher- und die Nachher-Bilder.</translation>
    </message>
    <message>
        <source>The before and after images must be in different folders.</source>
        <translation>Vorher- und Nachher-Bilder müssen in verschiedenen Ordnern liegen.</translation>
    </message>
    <message>
        <source>The change masks must be in a folder of their own.</source>
        <translation>Die Änderungsmasken müssen in einem eigenen Ordner liegen.</translation>
    </message>
</context>
<context>
    <name>seg::ui::ClassEditorDialog</name>
    <message>
        <source>Edit Classes</source>
        <translation>Klassen bearbeiten</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>Double-click to change the colour</source>
        <translation>Doppelklicken, um die Farbe zu ändern</translation>
    </message>
    <message>
        <source>class %1</source>
        <translation>Klasse %1</translation>
    </message>
    <message>
        <source>Colour of %1</source>
        <translation>Farbe von %1</translation>
    </message>
    <message>
        <source>Every mask keeps its meaning: masks are rewritten only if classes move.</source>
        <translation>Jede Maske behält ihre Bedeutung: Masken werden nur neu geschrieben, wenn Klassen verschoben werden.</translation>
    </message>
    <message numerus="yes">
        <source>%n removed class(es): their pixels become unlabelled in every mask.</source>
        <translation>
            <numerusform>%n entfernte Klasse: ihre Pixel sind danach in jeder Maske nicht annotiert.</numerusform>
            <numerusform>%n entfernte Klassen: ihre Pixel sind danach in jeder Maske nicht annotiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>seg::ui::ClassFrequencyChart</name>
    <message>
        <source>Share, %</source>
        <translation>Anteil, %</translation>
    </message>
    <message>
        <source>Open a project to see how often each class occurs.</source>
        <translation>Öffnen Sie ein Projekt, um zu sehen, wie häufig jede Klasse vorkommt.</translation>
    </message>
    <message>
        <source>Counting class pixels...</source>
        <translation>Klassenpixel werden gezählt...</translation>
    </message>
    <message>
        <source>Counting class pixels</source>
        <translation>Klassenpixel zählen</translation>
    </message>
    <message>
        <source>No labelled pixels yet.</source>
        <translation>Noch keine annotierten Pixel.</translation>
    </message>
    <message>
        <source>%1 labelled pixels; %2 unlabelled (ignored).</source>
        <translation>%1 annotierte Pixel; %2 nicht annotiert (ignoriert).</translation>
    </message>
</context>
<context>
    <name>seg::ui::ClassNamesDialog</name>
    <message>
        <source>Classes of the New Project</source>
        <translation>Klassen des neuen Projekts</translation>
    </message>
    <message>
        <source>One class per line, background first. Pixels you do not paint stay unlabelled, so no class is needed for them. Project &gt; Edit Classes changes them later.</source>
        <translation>Eine Klasse pro Zeile, Hintergrund zuerst. Pixel, die Sie nicht bemalen, bleiben nicht annotiert, also brauchen sie keine Klasse. Unter Projekt &gt; Klassen bearbeiten können Sie sie später ändern.</translation>
    </message>
    <message>
        <source>background</source>
        <translation>Hintergrund</translation>
    </message>
    <message>
        <source>object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>Load labels.txt...</source>
        <translation>labels.txt laden...</translation>
    </message>
    <message>
        <source>Load Class Names</source>
        <translation>Klassennamen laden</translation>
    </message>
    <message>
        <source>Label lists (*.txt)</source>
        <translation>Klassenlisten (*.txt)</translation>
    </message>
    <message>
        <source>Name at least one class.</source>
        <translation>Benennen Sie mindestens eine Klasse.</translation>
    </message>
    <message>
        <source>At most %1 classes.</source>
        <translation>Höchstens %1 Klassen.</translation>
    </message>
    <message>
        <source>Each class needs its own name.</source>
        <translation>Jede Klasse braucht einen eigenen Namen.</translation>
    </message>
</context>
<context>
    <name>seg::ui::ClassPalette</name>
    <message>
        <source>Unlabelled: %1 px</source>
        <translation>Nicht annotiert: %1 px</translation>
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
        <translation>Modelle (bis zu %1 anhaken)</translation>
    </message>
    <message>
        <source>Add Model File...</source>
        <translation>Modelldatei hinzufügen...</translation>
    </message>
    <message>
        <source>A SegStudio checkpoint or a TorchScript model saved from PyTorch</source>
        <translation>Ein SegStudio-Checkpoint oder ein aus PyTorch gespeichertes TorchScript-Modell</translation>
    </message>
    <message>
        <source>Add a Model</source>
        <translation>Modell hinzufügen</translation>
    </message>
    <message>
        <source>Models (*.pt *.pth *.torchscript);;All files (*)</source>
        <translation>Modelle (*.pt *.pth *.torchscript);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>At most %1 models are compared at once</source>
        <translation>Es werden höchstens %1 Modelle gleichzeitig verglichen</translation>
    </message>
    <message>
        <source>This Image</source>
        <translation>Dieses Bild</translation>
    </message>
    <message>
        <source>Validation Images</source>
        <translation>Validierungsbilder</translation>
    </message>
    <message>
        <source>Validation Metrics</source>
        <translation>Validierungsmetriken</translation>
    </message>
    <message>
        <source>%1 knows other classes than this project: its metrics are not shown</source>
        <translation>%1 kennt andere Klassen als dieses Projekt: seine Metriken werden nicht angezeigt</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Anzeigen:</translation>
    </message>
    <message>
        <source>Prediction</source>
        <translation>Vorhersage</translation>
    </message>
    <message>
        <source>Errors against ground truth</source>
        <translation>Fehler gegenüber der Ground Truth</translation>
    </message>
    <message>
        <source>Confidence (top probability)</source>
        <translation>Konfidenz (höchste Wahrscheinlichkeit)</translation>
    </message>
    <message>
        <source>Uncertainty (entropy)</source>
        <translation>Unsicherheit (Entropie)</translation>
    </message>
    <message>
        <source>Probability of a class</source>
        <translation>Wahrscheinlichkeit einer Klasse</translation>
    </message>
    <message>
        <source>Disagreement of two models</source>
        <translation>Uneinigkeit zweier Modelle</translation>
    </message>
    <message>
        <source>The class whose probability is shown</source>
        <translation>Die Klasse, deren Wahrscheinlichkeit angezeigt wird</translation>
    </message>
    <message>
        <source>First model of the disagreement map</source>
        <translation>Erstes Modell der Uneinigkeitskarte</translation>
    </message>
    <message>
        <source>Second model of the disagreement map</source>
        <translation>Zweites Modell der Uneinigkeitskarte</translation>
    </message>
    <message>
        <source>Opacity:</source>
        <translation>Deckkraft:</translation>
    </message>
    <message>
        <source>Ground truth outlines</source>
        <translation>Ground-Truth-Umrisse</translation>
    </message>
    <message>
        <source>Draw the ground truth&apos;s outlines over every model&apos;s pane</source>
        <translation>Die Umrisse der Ground Truth über die Ansicht jedes Modells zeichnen</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>Klassen</translation>
    </message>
    <message>
        <source>Classes shown in the ground truth and the predictions</source>
        <translation>In Ground Truth und Vorhersagen angezeigte Klassen</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Show the whole image in every pane</source>
        <translation>Das ganze Bild in jeder Ansicht zeigen</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>Ground truth</source>
        <translation>Ground Truth</translation>
    </message>
    <message>
        <source>Disagreement</source>
        <translation>Uneinigkeit</translation>
    </message>
    <message>
        <source>Choose an image in the Images list</source>
        <translation>Wählen Sie ein Bild in der Bildliste</translation>
    </message>
    <message>
        <source>Ground truth (none: the image is unlabelled)</source>
        <translation>Ground Truth (keine: das Bild ist nicht annotiert)</translation>
    </message>
    <message>
        <source>%1 (predicting...)</source>
        <translation>%1 (Vorhersage läuft...)</translation>
    </message>
    <message>
        <source>%1 (loading...)</source>
        <translation>%1 (wird geladen...)</translation>
    </message>
    <message>
        <source>%1 (no ground truth to compare with)</source>
        <translation>%1 (keine Ground Truth zum Vergleich)</translation>
    </message>
    <message>
        <source>Tick two models and choose two different ones above</source>
        <translation>Haken Sie zwei Modelle an und wählen Sie oben zwei verschiedene aus</translation>
    </message>
    <message>
        <source>Disagreement: %1 vs %2</source>
        <translation>Uneinigkeit: %1 vs. %2</translation>
    </message>
    <message>
        <source>Waiting for both predictions...</source>
        <translation>Warten auf beide Vorhersagen...</translation>
    </message>
    <message>
        <source>Disagreement: %1 vs %2 (%3% of pixels differ)</source>
        <translation>Uneinigkeit: %1 vs. %2 (%3% der Pixel unterscheiden sich)</translation>
    </message>
    <message>
        <source>Pixel accuracy %</source>
        <translation>Pixelgenauigkeit %</translation>
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
        <translation>Bester Wert der Modelle auf diesem Bild</translation>
    </message>
    <message>
        <source>(0 sure, 1 a uniform guess)</source>
        <translation>(0 sicher, 1 gleichverteiltes Raten)</translation>
    </message>
    <message>
        <source>(probability)</source>
        <translation>(Wahrscheinlichkeit)</translation>
    </message>
    <message>
        <source>ignored</source>
        <translation>ignoriert</translation>
    </message>
    <message>
        <source>x %1, y %2</source>
        <translation>x %1, y %2</translation>
    </message>
    <message>
        <source>ground truth: %1</source>
        <translation>Ground Truth: %1</translation>
    </message>
    <message>
        <source>%1: %2 (%3%)</source>
        <translation>%1: %2 (%3%)</translation>
    </message>
    <message>
        <source> (mIoU %1)</source>
        <translation> (mIoU %1)</translation>
    </message>
    <message>
        <source>At most %1 models are compared at once: untick one first</source>
        <translation>Es werden höchstens %1 Modelle gleichzeitig verglichen: entfernen Sie zuerst einen Haken</translation>
    </message>
</context>
<context>
    <name>seg::ui::DatasetListModel</name>
    <message>
        <source>%1
%2% unsure</source>
        <extracomment>Under an image&apos;s name in the images list: how unsure the model is about it.</extracomment>
        <translation>%1
%2% unsicher</translation>
    </message>
    <message>
        <source>%1
Mean uncertainty of the model&apos;s prediction: %2 (0 sure, 1 a guess)</source>
        <translation>%1
Mittlere Unsicherheit der Modellvorhersage: %2 (0 sicher, 1 geraten)</translation>
    </message>
    <message>
        <source>Thumbnail of %1</source>
        <translation>Vorschaubild von %1</translation>
    </message>
</context>
<context>
    <name>seg::ui::DemoProjectJob</name>
    <message>
        <source>Creating the demo project (synthetic shapes)...</source>
        <translation>Demoprojekt wird erstellt (synthetische Formen)...</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Demo project</source>
        <translation>Demoprojekt</translation>
    </message>
    <message>
        <source>Creating the demo project was cancelled.</source>
        <translation>Das Erstellen des Demoprojekts wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>seg::ui::DenseCrfButton</name>
    <message>
        <source>Dense CRF</source>
        <translation>Dense CRF</translation>
    </message>
    <message>
        <source>CRF Settings…</source>
        <translation>CRF-Einstellungen…</translation>
    </message>
    <message>
        <source>Refine every model&apos;s prediction with a fully connected CRF (%1 iterations; appearance %2, %3 px, %4; smoothness %5, %6 px). Slower: each image takes longer to predict and score.</source>
        <translation>Die Vorhersage jedes Modells mit einem vollständig verbundenen CRF verfeinern (%1 Iterationen; Erscheinung %2, %3 px, %4; Glättung %5, %6 px). Langsamer: Vorhersage und Bewertung dauern für jedes Bild länger.</translation>
    </message>
</context>
<context>
    <name>seg::ui::DenseCrfDialog</name>
    <message>
        <source>Dense CRF Settings</source>
        <translation>Dense-CRF-Einstellungen</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>In 8-bit intensity levels</source>
        <translation>In 8-Bit-Intensitätsstufen</translation>
    </message>
    <message>
        <source>A fully connected CRF refines every model&apos;s probabilities: pixels close in position and colour lean to the same class (appearance), and so do neighbours (smoothness).</source>
        <translation>Ein vollständig verbundenes CRF verfeinert die Wahrscheinlichkeiten jedes Modells: Pixel mit ähnlicher Position und Farbe tendieren zur selben Klasse (Erscheinung), ebenso benachbarte Pixel (Glättung).</translation>
    </message>
    <message>
        <source>Mean-field iterations</source>
        <translation>Mean-Field-Iterationen</translation>
    </message>
    <message>
        <source>Appearance weight</source>
        <translation>Erscheinungsgewicht</translation>
    </message>
    <message>
        <source>Appearance spatial width</source>
        <translation>Räumliche Breite (Erscheinung)</translation>
    </message>
    <message>
        <source>Appearance colour width</source>
        <translation>Farbbreite (Erscheinung)</translation>
    </message>
    <message>
        <source>Smoothness weight</source>
        <translation>Glättungsgewicht</translation>
    </message>
    <message>
        <source>Smoothness spatial width</source>
        <translation>Räumliche Breite (Glättung)</translation>
    </message>
</context>
<context>
    <name>seg::ui::EpochDetails</name>
    <message>
        <source>No epoch evaluated yet.</source>
        <translation>Noch keine Epoche ausgewertet.</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klasse</translation>
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
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Präzision</translation>
    </message>
    <message>
        <source>Predicted</source>
        <translation>Vorhergesagt</translation>
    </message>
    <message>
        <source>Ground truth</source>
        <translation>Ground Truth</translation>
    </message>
    <message>
        <source>Epoch %1: mIoU %2, pixel accuracy %3</source>
        <translation>Epoche %1: mIoU %2, Pixelgenauigkeit %3</translation>
    </message>
</context>
<context>
    <name>seg::ui::ImageScoresModel</name>
    <message>
        <source>Image</source>
        <translation>Bild</translation>
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
        <translation>Pixelgen. %
%1</translation>
    </message>
    <message>
        <source>Worst class</source>
        <translation>Schlechteste Klasse</translation>
    </message>
    <message>
        <source>Its IoU %</source>
        <translation>Deren IoU %</translation>
    </message>
    <message>
        <source>mIoU difference
%1 - %2</source>
        <translation>mIoU-Differenz
%1 - %2</translation>
    </message>
</context>
<context>
    <name>seg::ui::LiveLearning</name>
    <message>
        <source>Live learning stopped before the model was saved as a run</source>
        <translation>Live-Lernen wurde beendet, bevor das Modell als Lauf gespeichert war</translation>
    </message>
    <message>
        <source>The live model was not saved as a run: %1</source>
        <translation>Das Live-Modell wurde nicht als Lauf gespeichert: %1</translation>
    </message>
    <message>
        <source>Live learning paused: %1</source>
        <translation>Live-Lernen pausiert: %1</translation>
    </message>
</context>
<context>
    <name>seg::ui::LiveMode</name>
    <message>
        <source>Kept the live model as run %1 (no validation images to score it on)</source>
        <translation>Live-Modell als Lauf %1 behalten (keine Validierungsbilder, um es zu bewerten)</translation>
    </message>
    <message>
        <source>Kept the live model as run %1: validation mIoU %2</source>
        <translation>Live-Modell als Lauf %1 behalten: Validierungs-mIoU %2</translation>
    </message>
    <message>
        <source>Live Learning</source>
        <translation>Live-Lernen</translation>
    </message>
    <message>
        <source>Live learning (Ctrl+L): a network learns from what you paint, as you paint, and its prediction of this image shows under your strokes</source>
        <translation>Live-Lernen (Ctrl+L): ein Netz lernt aus dem, was Sie malen, während Sie malen, und seine Vorhersage für dieses Bild erscheint unter Ihren Strichen</translation>
    </message>
    <message>
        <source>Pause Live Learning</source>
        <translation>Live-Lernen pausieren</translation>
    </message>
    <message>
        <source>Reset Live Model</source>
        <translation>Live-Modell zurücksetzen</translation>
    </message>
    <message>
        <source>Start the live model afresh (your labels stay)</source>
        <translation>Das Live-Modell von vorn trainieren (Ihre Annotationen bleiben erhalten)</translation>
    </message>
    <message>
        <source>Show Uncertainty</source>
        <translation>Unsicherheit anzeigen</translation>
    </message>
    <message>
        <source>Show where the live model is least sure (the brighter, the less sure): paint there next</source>
        <translation>Zeigen, wo das Live-Modell am unsichersten ist (je heller, desto unsicherer): dort als Nächstes malen</translation>
    </message>
    <message>
        <source>Accept Prediction</source>
        <translation>Vorhersage übernehmen</translation>
    </message>
    <message>
        <source>Every unlabelled pixel of this image takes the live prediction (one undo step)</source>
        <translation>Jedes nicht annotierte Pixel dieses Bildes erhält die Live-Vorhersage (ein Rückgängig-Schritt)</translation>
    </message>
    <message>
        <source>Accept Prediction for Current Class</source>
        <translation>Vorhersage für aktuelle Klasse übernehmen</translation>
    </message>
    <message>
        <source>Unlabelled pixels predicted as the current class take it (one undo step)</source>
        <translation>Nicht annotierte Pixel, die als aktuelle Klasse vorhergesagt sind, erhalten diese (ein Rückgängig-Schritt)</translation>
    </message>
    <message>
        <source>Keep Live Model as Run</source>
        <translation>Live-Modell als Lauf behalten</translation>
    </message>
    <message>
        <source>Save the live model as an ordinary run, scored on the validation images</source>
        <translation>Das Live-Modell als normalen Lauf speichern, bewertet auf den Validierungsbildern</translation>
    </message>
    <message>
        <source>Live: paint a few strokes of each class</source>
        <translation>Live: malen Sie für jede Klasse einige Striche</translation>
    </message>
    <message>
        <source>%1 is a validation image: live learning predicts it but does not learn from it, so that runs are scored honestly</source>
        <translation>%1 ist ein Validierungsbild: Live-Lernen sagt es vorher, lernt aber nicht daraus, damit Läufe ehrlich bewertet werden</translation>
    </message>
    <message numerus="yes">
        <source>Live learning skips %n unreadable training image(s)</source>
        <translation>
            <numerusform>Live-Lernen überspringt %n unlesbares Trainingsbild</numerusform>
            <numerusform>Live-Lernen überspringt %n unlesbare Trainingsbilder</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the training labels</source>
        <translation>Trainingsannotationen werden gelesen</translation>
    </message>
    <message numerus="yes">
        <source>Live: %1 iterations, loss %2, %n labelled training image(s)</source>
        <translation>
            <numerusform>Live: %1 Iterationen, Verlust %2, %n annotiertes Trainingsbild</numerusform>
            <numerusform>Live: %1 Iterationen, Verlust %2, %n annotierte Trainingsbilder</numerusform>
        </translation>
    </message>
    <message>
        <source>Accept live prediction</source>
        <translation>Live-Vorhersage übernehmen</translation>
    </message>
    <message>
        <source>Accept live prediction of %1</source>
        <translation>Live-Vorhersage für %1 übernehmen</translation>
    </message>
    <message>
        <source>Saving the live model as a run...</source>
        <translation>Live-Modell wird als Lauf gespeichert...</translation>
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
        <translation>Öffnen Sie ein Projekt (Datei &gt; Projekt öffnen) oder das Demoprojekt (Datei &gt; Demoprojekt öffnen).</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <source>Training</source>
        <comment>the tab with the training charts</comment>
        <translation>Training</translation>
    </message>
    <message>
        <source>Compare</source>
        <comment>the tab comparing models&apos; predictions</comment>
        <translation>Vergleich</translation>
    </message>
    <message>
        <source>%1 is hidden by the Images list&apos;s filter</source>
        <translation>%1 ist durch den Filter der Bildliste ausgeblendet</translation>
    </message>
    <message>
        <source>Cannot export the model</source>
        <translation>Modell kann nicht exportiert werden</translation>
    </message>
    <message>
        <source>All images</source>
        <translation>Alle Bilder</translation>
    </message>
    <message>
        <source>Training</source>
        <comment>the training split</comment>
        <translation>Trainingsbilder</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>Validierungsbilder</translation>
    </message>
    <message>
        <source>Unlabelled</source>
        <translation>Nicht annotiert</translation>
    </message>
    <message>
        <source>Labelled</source>
        <translation>Annotiert</translation>
    </message>
    <message>
        <source>Project order</source>
        <translation>Projektreihenfolge</translation>
    </message>
    <message>
        <source>Most uncertain first</source>
        <translation>Unsicherste zuerst</translation>
    </message>
    <message>
        <source>Most uncertain first: the images a model is least sure about, to label next. Scores come from Project &gt; Rank Unlabelled Images by Uncertainty, and from live mode as it learns.</source>
        <translation>Unsicherste zuerst: die Bilder, bei denen sich ein Modell am wenigsten sicher ist – diese als Nächstes annotieren. Die Werte stammen aus Projekt &gt; Nicht annotierte Bilder nach Unsicherheit sortieren und aus dem Live-Modus, während er lernt.</translation>
    </message>
    <message>
        <source>Class Frequencies</source>
        <translation>Klassenhäufigkeiten</translation>
    </message>
    <message>
        <source>Training Settings</source>
        <translation>Trainingseinstellungen</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Läufe</translation>
    </message>
    <message>
        <source>Per-Class Results</source>
        <translation>Ergebnisse pro Klasse</translation>
    </message>
    <message>
        <source>Training</source>
        <comment>title of a message about a training run</comment>
        <translation>Training</translation>
    </message>
    <message>
        <source>Cannot open project</source>
        <translation>Projekt kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>A model is training on the open project. Stop it first.</source>
        <translation>Im geöffneten Projekt wird gerade ein Modell trainiert. Stoppen Sie es zuerst.</translation>
    </message>
    <message>
        <source>%1 - SegStudio</source>
        <translation>%1 - SegStudio</translation>
    </message>
    <message numerus="yes">
        <source>Opened %1: %n images</source>
        <translation>
            <numerusform>%1 geöffnet: %n Bild</numerusform>
            <numerusform>%1 geöffnet: %n Bilder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Opened %1: %n images, %2 problems found</source>
        <translation>
            <numerusform>%1 geöffnet: %n Bild, %2 Probleme gefunden</numerusform>
            <numerusform>%1 geöffnet: %n Bilder, %2 Probleme gefunden</numerusform>
        </translation>
    </message>
    <message>
        <source>Recovered unsaved edits</source>
        <translation>Ungespeicherte Änderungen wiederhergestellt</translation>
    </message>
    <message>
        <source>This project has no images in the chosen filter.</source>
        <translation>Dieses Projekt hat im gewählten Filter keine Bilder.</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>Klassen</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Live Learning</source>
        <translation>Live-Lernen</translation>
    </message>
    <message>
        <source>Mask</source>
        <translation>Maske</translation>
    </message>
    <message>
        <source>Opening %1...</source>
        <translation>%1 wird geöffnet...</translation>
    </message>
    <message>
        <source>%1 found no unlabelled image it could score.</source>
        <translation>%1 hat kein nicht annotiertes Bild gefunden, das es bewerten konnte.</translation>
    </message>
    <message numerus="yes">
        <source>%1 ranked %n unlabelled images; the most uncertain (mean entropy %2) opens now, Ctrl+U for the next.</source>
        <translation>
            <numerusform>%1 hat %n nicht annotiertes Bild sortiert; das unsicherste (mittlere Entropie %2) wird jetzt geöffnet, Ctrl+U für das nächste.</numerusform>
            <numerusform>%1 hat %n nicht annotierte Bilder sortiert; das unsicherste (mittlere Entropie %2) wird jetzt geöffnet, Ctrl+U für das nächste.</numerusform>
        </translation>
    </message>
    <message>
        <source>unlabelled</source>
        <translation>nicht annotiert</translation>
    </message>
    <message>
        <source>x %1  y %2  %3</source>
        <translation>x %1  y %2  %3</translation>
    </message>
    <message>
        <source>About SegStudio</source>
        <translation>Über SegStudio</translation>
    </message>
    <message>
        <source>&lt;h3&gt;SegStudio %1&lt;/h3&gt;&lt;p&gt;A workbench for semantic segmentation: paint masks, train models, compare them.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;SegStudio %1&lt;/h3&gt;&lt;p&gt;Eine Arbeitsumgebung für semantische Segmentierung: Masken malen, Modelle trainieren und vergleichen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Export Chart Data</source>
        <translation>Diagrammdaten exportieren</translation>
    </message>
    <message>
        <source>Export Charts</source>
        <translation>Diagramme exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>PNG-Bild (*.png);;SVG-Zeichnung (*.svg);;PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 could not be written.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Training is running</source>
        <translation>Training läuft</translation>
    </message>
    <message>
        <source>Stop training and quit? The run keeps its last checkpoint and can be resumed.</source>
        <translation>Training stoppen und beenden? Der Lauf behält seinen letzten Checkpoint und kann fortgesetzt werden.</translation>
    </message>
    <message>
        <source>Unsaved edits</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>The edits of %1 cannot be saved (see the message before). Quit and lose them?</source>
        <translation>Die Änderungen an %1 können nicht gespeichert werden (siehe vorherige Meldung). Beenden und die Änderungen verwerfen?</translation>
    </message>
    <message>
        <source>System Default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>SegStudio speaks the language you chose from its next start. Restart now?</source>
        <translation>SegStudio verwendet die gewählte Sprache ab dem nächsten Start. Jetzt neu starten?</translation>
    </message>
    <message>
        <source>Restart Now</source>
        <translation>Jetzt neu starten</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Später</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New Project from Dataset...</source>
        <translation>&amp;Neues Projekt aus Datensatz...</translation>
    </message>
    <message>
        <source>New Project from &amp;Image Folder...</source>
        <translation>Neues Projekt aus Bild&amp;ordner...</translation>
    </message>
    <message>
        <source>&amp;Open Project...</source>
        <translation>Projekt ö&amp;ffnen...</translation>
    </message>
    <message>
        <source>&amp;Save Project</source>
        <translation>Projekt &amp;speichern</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Open &amp;Demo Project</source>
        <translation>&amp;Demoprojekt öffnen</translation>
    </message>
    <message>
        <source>&amp;Follow a Run Folder...</source>
        <translation>Laufordner &amp;verfolgen...</translation>
    </message>
    <message>
        <source>Choose a Run Folder to Follow (one with metrics.csv)</source>
        <translation>Zu verfolgenden Laufordner wählen (mit metrics.csv)</translation>
    </message>
    <message>
        <source>Show the curves of a run that another process or machine is training, and follow them as it writes: a run folder on a shared or synced disk. Read-only.</source>
        <translation>Die Kurven eines Laufs anzeigen, den ein anderer Prozess oder Rechner trainiert, und ihnen beim Schreiben folgen: ein Laufordner auf einem freigegebenen oder synchronisierten Laufwerk. Schreibgeschützt.</translation>
    </message>
    <message>
        <source>Export Charts as &amp;Image...</source>
        <translation>Diagramme als B&amp;ild exportieren...</translation>
    </message>
    <message>
        <source>Export Charts as &amp;CSV...</source>
        <translation>Diagramme als &amp;CSV exportieren...</translation>
    </message>
    <message>
        <source>Export &amp;Model for PyTorch...</source>
        <translation>&amp;Modell für PyTorch exportieren...</translation>
    </message>
    <message>
        <source>Write a trained model as a TorchScript file that PyTorch loads with torch.jit.load</source>
        <translation>Ein trainiertes Modell als TorchScript-Datei schreiben, die PyTorch mit torch.jit.load lädt</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Live</source>
        <translation>&amp;Live</translation>
    </message>
    <message>
        <source>&amp;Project</source>
        <translation>&amp;Projekt</translation>
    </message>
    <message>
        <source>Edit &amp;Classes...</source>
        <translation>&amp;Klassen bearbeiten...</translation>
    </message>
    <message>
        <source>Choose &amp;Model for Assistance...</source>
        <translation>&amp;Modell zur Unterstützung wählen...</translation>
    </message>
    <message>
        <source>&amp;Rank Unlabelled Images by Uncertainty</source>
        <translation>Nicht annotierte Bilder nach Unsicherheit sor&amp;tieren</translation>
    </message>
    <message>
        <source>The trained model scores each unlabelled image; label the most uncertain first</source>
        <translation>Das trainierte Modell bewertet jedes nicht annotierte Bild; annotieren Sie die unsichersten zuerst</translation>
    </message>
    <message>
        <source>Next Most &amp;Uncertain Image</source>
        <translation>Nächstes &amp;unsicherstes Bild</translation>
    </message>
    <message>
        <source>&amp;Batch Prediction...</source>
        <translation>&amp;Stapelvorhersage...</translation>
    </message>
    <message>
        <source>Predict a folder of images into masks with a trained model</source>
        <translation>Mit einem trainierten Modell Masken für einen Ordner mit Bildern vorhersagen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Show &amp;Mask</source>
        <translation>&amp;Maske anzeigen</translation>
    </message>
    <message>
        <source>Mask &amp;Outlines Only</source>
        <translation>Nur Masken&amp;umrisse</translation>
    </message>
    <message>
        <source>Show &amp;After Image</source>
        <translation>Nach&amp;her-Bild anzeigen</translation>
    </message>
    <message>
        <source>Change pairs: show the after image instead of the before image (A flips between them); the mask stays the same</source>
        <translation>Änderungspaare: das Nachher-Bild statt des Vorher-Bildes anzeigen (A wechselt zwischen beiden); die Maske bleibt gleich</translation>
    </message>
    <message>
        <source>Zoom to &amp;Fit</source>
        <translation>In Fenster &amp;einpassen</translation>
    </message>
    <message>
        <source>&amp;Actual Pixels</source>
        <translation>&amp;Originalgröße</translation>
    </message>
    <message>
        <source>&amp;Next Image</source>
        <translation>&amp;Nächstes Bild</translation>
    </message>
    <message>
        <source>&amp;Previous Image</source>
        <translation>&amp;Vorheriges Bild</translation>
    </message>
    <message>
        <source>Next &amp;Unlabelled Image</source>
        <translation>Nächstes nicht &amp;annotiertes Bild</translation>
    </message>
    <message>
        <source>&amp;Images</source>
        <translation>&amp;Bilder</translation>
    </message>
    <message>
        <source>&amp;Training Charts</source>
        <translation>&amp;Trainingsdiagramme</translation>
    </message>
    <message>
        <source>&amp;Compare Models</source>
        <translation>Modelle ver&amp;gleichen</translation>
    </message>
    <message>
        <source>Show Model &amp;Prediction</source>
        <translation>Modellvorhersage an&amp;zeigen</translation>
    </message>
    <message>
        <source>The model&apos;s prediction of this image as outlines over the painting (Fix Label in the Compare tab)</source>
        <translation>Die Vorhersage des Modells für dieses Bild als Umrisse über der Bemalung (Annotation korrigieren in der Registerkarte Vergleich)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>&amp;Training</source>
        <translation>&amp;Training</translation>
    </message>
    <message>
        <source>&amp;Start Training</source>
        <translation>Training &amp;starten</translation>
    </message>
    <message>
        <source>&amp;Pause Training</source>
        <translation>Training &amp;pausieren</translation>
    </message>
    <message>
        <source>S&amp;top Training</source>
        <translation>Training s&amp;toppen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About SegStudio</source>
        <translation>&amp;Über SegStudio</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>Mask opacity </source>
        <translation>Maskendeckkraft </translation>
    </message>
    <message>
        <source>Opacity of the mask over the image</source>
        <translation>Deckkraft der Maske über dem Bild</translation>
    </message>
    <message>
        <source>&amp;Resume Training</source>
        <translation>Training &amp;fortsetzen</translation>
    </message>
    <message>
        <source>A model is being exported already</source>
        <translation>Es wird bereits ein Modell exportiert</translation>
    </message>
    <message>
        <source>Export Model: Choose a Checkpoint</source>
        <translation>Modell exportieren: Checkpoint wählen</translation>
    </message>
    <message>
        <source>SegStudio checkpoints (*.pt)</source>
        <translation>SegStudio-Checkpoints (*.pt)</translation>
    </message>
    <message>
        <source>Export Model: TorchScript File</source>
        <translation>Modell exportieren: TorchScript-Datei</translation>
    </message>
    <message>
        <source>TorchScript (*.pt)</source>
        <translation>TorchScript (*.pt)</translation>
    </message>
    <message>
        <source>Exporting %1...</source>
        <translation>%1 wird exportiert...</translation>
    </message>
    <message>
        <source>The model&apos;s prediction is drawn as outlines (View &gt; Show Model Prediction)</source>
        <translation>Die Vorhersage des Modells wird als Umrisse gezeichnet (Ansicht &gt; Modellvorhersage anzeigen)</translation>
    </message>
    <message>
        <source>Cannot create the demo project</source>
        <translation>Demoprojekt kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>Projekt öffnen</translation>
    </message>
    <message>
        <source>SegStudio projects (project.json)</source>
        <translation>SegStudio-Projekte (project.json)</translation>
    </message>
    <message>
        <source>Choose a Dataset Folder (VOC, PennFudan, images/ and masks/, or change pairs)</source>
        <translation>Datensatzordner wählen (VOC, PennFudan, images/ und masks/ oder Änderungspaare)</translation>
    </message>
    <message>
        <source>Choose a Folder of Images to Annotate</source>
        <translation>Ordner mit zu annotierenden Bildern wählen</translation>
    </message>
    <message>
        <source>Cannot create a project here</source>
        <translation>Hier kann kein Projekt erstellt werden</translation>
    </message>
    <message numerus="yes">
        <source>SegStudio did not close properly last time. The unsaved edits of %n image(s) were recovered from the autosave journal and saved:</source>
        <translation>
            <numerusform>SegStudio wurde beim letzten Mal nicht ordnungsgemäß beendet. Die ungespeicherten Änderungen an %n Bild wurden aus dem Sicherungsjournal wiederhergestellt und gespeichert:</numerusform>
            <numerusform>SegStudio wurde beim letzten Mal nicht ordnungsgemäß beendet. Die ungespeicherten Änderungen an %n Bildern wurden aus dem Sicherungsjournal wiederhergestellt und gespeichert:</numerusform>
        </translation>
    </message>
    <message>
        <source>Opening such an image shows the recovery in History, where Undo takes it back.</source>
        <translation>Wenn Sie ein solches Bild öffnen, zeigt der Verlauf die Wiederherstellung; Rückgängig nimmt sie zurück.</translation>
    </message>
    <message>
        <source>Not recovered: %1</source>
        <translation>Nicht wiederhergestellt: %1</translation>
    </message>
    <message>
        <source>Cannot save the project</source>
        <translation>Projekt kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>No recent projects</source>
        <translation>Keine zuletzt geöffneten Projekte</translation>
    </message>
    <message>
        <source>Edit Classes</source>
        <translation>Klassen bearbeiten</translation>
    </message>
    <message>
        <source>A model is training on these classes. Stop it first.</source>
        <translation>Mit diesen Klassen wird gerade ein Modell trainiert. Stoppen Sie es zuerst.</translation>
    </message>
    <message>
        <source>The open image&apos;s edits cannot be saved, so the classes stay as they are.</source>
        <translation>Die Änderungen am geöffneten Bild können nicht gespeichert werden, daher bleiben die Klassen unverändert.</translation>
    </message>
    <message>
        <source>Remapping masks...</source>
        <translation>Masken werden neu zugeordnet...</translation>
    </message>
    <message>
        <source>Cannot change the classes</source>
        <translation>Klassen können nicht geändert werden</translation>
    </message>
    <message>
        <source>Remapping masks</source>
        <translation>Masken werden neu zugeordnet</translation>
    </message>
    <message>
        <source>No images match this filter.</source>
        <translation>Keine Bilder entsprechen diesem Filter.</translation>
    </message>
    <message>
        <source>%1 (after)</source>
        <translation>%1 (nachher)</translation>
    </message>
    <message>
        <source>%1 (before)</source>
        <translation>%1 (vorher)</translation>
    </message>
    <message>
        <source>%1  %2x%3  %4  %5</source>
        <translation>%1  %2x%3  %4  %5</translation>
    </message>
    <message>
        <source>mask unreadable</source>
        <translation>Maske unlesbar</translation>
    </message>
    <message>
        <source>labelled</source>
        <translation>annotiert</translation>
    </message>
    <message>
        <source>No unlabelled image after this one.</source>
        <translation>Nach diesem Bild gibt es kein nicht annotiertes Bild mehr.</translation>
    </message>
    <message>
        <source>No more images in this direction.</source>
        <translation>In dieser Richtung gibt es keine weiteren Bilder.</translation>
    </message>
    <message>
        <source>Every image is labelled: there is nothing to rank.</source>
        <translation>Jedes Bild ist annotiert: es gibt nichts zu sortieren.</translation>
    </message>
    <message>
        <source>No ranked unlabelled image left: Project &gt; Rank Unlabelled Images by Uncertainty, or live mode, scores them.</source>
        <translation>Kein sortiertes nicht annotiertes Bild mehr: Projekt &gt; Nicht annotierte Bilder nach Unsicherheit sortieren oder der Live-Modus bewertet sie.</translation>
    </message>
    <message>
        <source>training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>validation</source>
        <translation>Validierung</translation>
    </message>
    <message>
        <source>test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>no split</source>
        <translation>keine Aufteilung</translation>
    </message>
    <message>
        <source>User Guide</source>
        <translation>Benutzerhandbuch</translation>
    </message>
    <message>
        <source>The user guide is not installed. It was looked for in:
%1</source>
        <translation>Das Benutzerhandbuch ist nicht installiert. Gesucht wurde in:
%1</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Benutzerhandbuch</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Class edit cancelled: the classes and masks are as they were.</source>
        <translation>Klassenbearbeitung abgebrochen: Klassen und Masken sind unverändert.</translation>
    </message>
</context>
<context>
    <name>seg::ui::MaskDocument</name>
    <message>
        <source>%1 The mask is shown as unlabelled and will not be overwritten; fix or remove the file to edit it.</source>
        <translation>%1 Die Maske wird als nicht annotiert angezeigt und nicht überschrieben; reparieren oder entfernen Sie die Datei, um sie zu bearbeiten.</translation>
    </message>
    <message>
        <source>The autosave journal cannot be used: %1</source>
        <translation>Das Sicherungsjournal kann nicht verwendet werden: %1</translation>
    </message>
    <message>
        <source>Recovered unsaved edits</source>
        <translation>Ungespeicherte Änderungen wiederhergestellt</translation>
    </message>
</context>
<context>
    <name>seg::ui::MaskSaver</name>
    <message>
        <source>Saving %1</source>
        <translation>%1 wird gespeichert</translation>
    </message>
</context>
<context>
    <name>seg::ui::ModelAssist</name>
    <message>
        <source>Choose a Trained Model</source>
        <translation>Trainiertes Modell wählen</translation>
    </message>
    <message>
        <source>Models (*.pt *.pth *.torchscript);;All files (*)</source>
        <translation>Modelle (*.pt *.pth *.torchscript);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Pre-labelling %1 with %2</source>
        <translation>%1 wird mit %2 vorannotiert</translation>
    </message>
    <message>
        <source>Scoring unlabelled images with %1...</source>
        <translation>Nicht annotierte Bilder werden mit %1 bewertet...</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <source>Ranking images with %1</source>
        <translation>Bilder werden mit %1 sortiert</translation>
    </message>
</context>
<context>
    <name>seg::ui::ModelExportJob</name>
    <message>
        <source>Exported %1: load it in PyTorch with torch.jit.load; its class names are model.class_names</source>
        <translation>%1 exportiert: in PyTorch mit torch.jit.load laden; die Klassennamen stehen in model.class_names</translation>
    </message>
    <message>
        <source>Exporting %1</source>
        <translation>%1 wird exportiert</translation>
    </message>
</context>
<context>
    <name>seg::ui::ModelForm</name>
    <message>
        <source>%1; default %2.</source>
        <translation>%1; Standard: %2.</translation>
    </message>
    <message>
        <source>%1  (%2)</source>
        <translation>%1  (%2)</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>Architektur</translation>
    </message>
    <message>
        <source>Needs a change project: pairs of images of two dates with change masks.</source>
        <translation>Benötigt ein Projekt zur Änderungserkennung: Bildpaare von zwei Zeitpunkten mit Änderungsmasken.</translation>
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
        <translation>%1 wird geöffnet</translation>
    </message>
    <message>
        <source>Predicting %1 with %2</source>
        <translation>Vorhersage für %1 mit %2</translation>
    </message>
</context>
<context>
    <name>seg::ui::ProcessTraining</name>
    <message>
        <source>Cannot write the run&apos;s settings to %1: %2</source>
        <translation>Die Einstellungen des Laufs können nicht nach %1 geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot start %1: %2</source>
        <translation>%1 kann nicht gestartet werden: %2</translation>
    </message>
    <message>
        <source>the training processes ended with exit code %1</source>
        <translation>die Trainingsprozesse endeten mit Exit-Code %1</translation>
    </message>
</context>
<context>
    <name>seg::ui::RunsView</name>
    <message>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>Best mIoU</source>
        <translation>Beste mIoU</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>Epochen</translation>
    </message>
    <message>
        <source>Tick runs to overlay their curves on the charts.</source>
        <translation>Haken Sie Läufe an, um ihre Kurven in den Diagrammen zu überlagern.</translation>
    </message>
    <message>
        <source>Show Curves</source>
        <translation>Kurven anzeigen</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1
%2, %3 loss; %4 optimiser, learning rate %5, %6 schedule, batch %7, crop %8</source>
        <translation>%1
%2, Verlust %3; Optimierer %4, Lernrate %5, Lernratenplan %6, Batch %7, Zuschnitt %8</translation>
    </message>
    <message>
        <source>whole images</source>
        <translation>ganze Bilder</translation>
    </message>
    <message>
        <source>A run is training: stop it first.</source>
        <translation>Ein Lauf trainiert gerade: stoppen Sie ihn zuerst.</translation>
    </message>
    <message>
        <source>Another process is training this run now; Show Curves follows it.</source>
        <translation>Ein anderer Prozess trainiert diesen Lauf gerade; „Kurven anzeigen“ verfolgt ihn.</translation>
    </message>
    <message>
        <source>This run has no checkpoint (last.pt) or no readable config.json to resume from.</source>
        <translation>Dieser Lauf hat keinen Checkpoint (last.pt) oder keine lesbare config.json zum Fortsetzen.</translation>
    </message>
</context>
<context>
    <name>seg::ui::SplitScoring</name>
    <message>
        <source>Scoring the validation split</source>
        <translation>Validierungsmenge wird bewertet</translation>
    </message>
</context>
<context>
    <name>seg::ui::SplitSummary</name>
    <message>
        <source>before</source>
        <translation>vorher</translation>
    </message>
    <message>
        <source>after</source>
        <translation>nachher</translation>
    </message>
    <message>
        <source>ground truth</source>
        <translation>Ground Truth</translation>
    </message>
    <message>
        <source>image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>Export Table (CSV)...</source>
        <translation>Tabelle exportieren (CSV)...</translation>
    </message>
    <message>
        <source>Export Grid (PNG)...</source>
        <translation>Raster exportieren (PNG)...</translation>
    </message>
    <message>
        <source> hardest images</source>
        <translation> schwierigste Bilder</translation>
    </message>
    <message>
        <source>Confusion matrix of</source>
        <translation>Konfusionsmatrix von</translation>
    </message>
    <message>
        <source>Row-normalised %</source>
        <translation>Zeilenweise normiert %</translation>
    </message>
    <message>
        <source>Rows: ground truth; columns: prediction</source>
        <translation>Zeilen: Ground Truth; Spalten: Vorhersage</translation>
    </message>
    <message>
        <source>Export Comparison Table</source>
        <translation>Vergleichstabelle exportieren</translation>
    </message>
    <message>
        <source>comparison.csv</source>
        <translation>comparison.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Export Comparison Grid</source>
        <translation>Vergleichsraster exportieren</translation>
    </message>
    <message>
        <source>comparison.png</source>
        <translation>comparison.png</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message numerus="yes">
        <source>the %n selected image(s)</source>
        <translation>
            <numerusform>das %n ausgewählte Bild</numerusform>
            <numerusform>die %n ausgewählten Bilder</numerusform>
        </translation>
    </message>
    <message>
        <source>Score the validation images (Validation Images tab) to compare the models on the whole split.</source>
        <translation>Bewerten Sie die Validierungsbilder (Registerkarte Validierungsbilder), um die Modelle auf der ganzen Teilmenge zu vergleichen.</translation>
    </message>
    <message>
        <source>Labels were corrected since: score again for up-to-date totals. </source>
        <translation>Die Annotationen wurden seitdem korrigiert: bewerten Sie erneut, um aktuelle Summen zu erhalten. </translation>
    </message>
    <message numerus="yes">
        <source>%n validation image(s); the best of each column in bold.</source>
        <translation>
            <numerusform>%n Validierungsbild; der beste Wert jeder Spalte ist fett.</numerusform>
            <numerusform>%n Validierungsbilder; der beste Wert jeder Spalte ist fett.</numerusform>
        </translation>
    </message>
    <message>
        <source>Pixel accuracy</source>
        <translation>Pixelgenauigkeit</translation>
    </message>
    <message>
        <source>Mean class accuracy</source>
        <translation>Mittlere Klassengenauigkeit</translation>
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
        <translation>Mittlerer Dice</translation>
    </message>
    <message>
        <source>IoU %1</source>
        <translation>IoU %1</translation>
    </message>
    <message>
        <source>Nothing to export: score the validation images first</source>
        <translation>Nichts zu exportieren: bewerten Sie zuerst die Validierungsbilder</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Drawing the comparison grid</source>
        <translation>Vergleichsraster wird gezeichnet</translation>
    </message>
</context>
<context>
    <name>seg::ui::TorchScriptImportDialog</name>
    <message>
        <source>Open TorchScript Model</source>
        <translation>TorchScript-Modell öffnen</translation>
    </message>
    <message>
        <source>%1 is a TorchScript model. SegStudio needs to know what its output channels mean and how it expects its input. The answers are stored next to the model.</source>
        <translation>%1 ist ein TorchScript-Modell. SegStudio muss wissen, was seine Ausgabekanäle bedeuten und welche Eingabe es erwartet. Die Angaben werden neben dem Modell gespeichert.</translation>
    </message>
    <message>
        <source>One name a line, in the order of the model&apos;s output channels</source>
        <translation>Ein Name pro Zeile, in der Reihenfolge der Ausgabekanäle des Modells</translation>
    </message>
    <message>
        <source>Read labels.txt...</source>
        <translation>labels.txt lesen...</translation>
    </message>
    <message>
        <source>Class names:</source>
        <translation>Klassennamen:</translation>
    </message>
    <message>
        <source>Input mean (R, G, B):</source>
        <translation>Eingabe-Mittelwert (R, G, B):</translation>
    </message>
    <message>
        <source>Input std (R, G, B):</source>
        <translation>Eingabe-Standardabw. (R, G, B):</translation>
    </message>
    <message>
        <source>Pixels are scaled to 0..1, then (x - mean) / std: ImageNet&apos;s values suit torchvision&apos;s models.</source>
        <translation>Pixel werden auf 0..1 skaliert, dann (x - mean) / std: die Werte von ImageNet passen zu den Modellen von torchvision.</translation>
    </message>
    <message>
        <source>Fixed input size:</source>
        <translation>Feste Eingabegröße:</translation>
    </message>
    <message>
        <source>Traced models:</source>
        <translation>Per Tracing erstellte Modelle:</translation>
    </message>
    <message>
        <source>Class Names</source>
        <translation>Klassennamen</translation>
    </message>
    <message>
        <source>Class lists (*.txt *.json);;All files (*)</source>
        <translation>Klassenlisten (*.txt *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot read the class names</source>
        <translation>Die Klassennamen können nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot use these settings</source>
        <translation>Diese Einstellungen können nicht verwendet werden</translation>
    </message>
</context>
<context>
    <name>seg::ui::TrainingCharts</name>
    <message>
        <source>Iteration</source>
        <translation>Iteration</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <source>Epoch</source>
        <translation>Epoche</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>Validierung</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Lernrate</translation>
    </message>
    <message>
        <source>Drag to pan, wheel to zoom, double-click to fit.</source>
        <translation>Ziehen zum Verschieben, Mausrad zum Zoomen, Doppelklick zum Einpassen.</translation>
    </message>
    <message>
        <source>%1 validation loss</source>
        <translation>%1 Validierungsverlust</translation>
    </message>
    <message>
        <source>%1 mIoU</source>
        <translation>%1 mIoU</translation>
    </message>
    <message>
        <source>%1 learning rate</source>
        <translation>%1 Lernrate</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <source>loss (smoothed)</source>
        <translation>Verlust (geglättet)</translation>
    </message>
    <message>
        <source>validation loss</source>
        <translation>Validierungsverlust</translation>
    </message>
    <message>
        <source>adversarial loss (smoothed)</source>
        <translation>adversarieller Verlust (geglättet)</translation>
    </message>
    <message>
        <source>discriminator loss (smoothed)</source>
        <translation>Diskriminatorverlust (geglättet)</translation>
    </message>
    <message>
        <source>mIoU</source>
        <translation>mIoU</translation>
    </message>
    <message>
        <source>pixel accuracy</source>
        <translation>Pixelgenauigkeit</translation>
    </message>
    <message>
        <source>learning rate</source>
        <translation>Lernrate</translation>
    </message>
    <message>
        <source>No run yet: start one in Training Settings.</source>
        <translation>Noch kein Lauf: starten Sie einen in den Trainingseinstellungen.</translation>
    </message>
    <message>
        <source>Run %1</source>
        <translation>Lauf %1</translation>
    </message>
    <message>
        <source>%1 at %2 %3: %4</source>
        <translation>%1 bei %2 %3: %4</translation>
    </message>
    <message>
        <source>SegStudio training charts</source>
        <translation>SegStudio-Trainingsdiagramme</translation>
    </message>
</context>
<context>
    <name>seg::ui::TrainingController</name>
    <message>
        <source>Run %1 cannot be resumed: %2</source>
        <translation>Lauf %1 kann nicht fortgesetzt werden: %2</translation>
    </message>
    <message>
        <source>its checkpoint checkpoints/last.pt is missing.</source>
        <translation>sein Checkpoint checkpoints/last.pt fehlt.</translation>
    </message>
    <message>
        <source>Run %1 is being trained by another process now. Resume it once that process has stopped.</source>
        <translation>Lauf %1 wird gerade von einem anderen Prozess trainiert. Setzen Sie ihn fort, sobald dieser Prozess beendet ist.</translation>
    </message>
    <message>
        <source>Cannot start training: %1</source>
        <translation>Training kann nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>Cannot start training: adversarial training runs in one process. Set Processes to 1.</source>
        <translation>Training kann nicht gestartet werden: adversarielles Training läuft in einem einzigen Prozess. Setzen Sie „Prozesse“ auf 1.</translation>
    </message>
    <message>
        <source>starting...</source>
        <translation>wird gestartet...</translation>
    </message>
    <message>
        <source>Training on %1 images (%2 for validation), %3 threads, %4</source>
        <translation>Training auf %1 Bildern (%2 zur Validierung), %3 Threads, %4</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>resuming...</source>
        <translation>wird fortgesetzt...</translation>
    </message>
    <message>
        <source>Training finished: best mIoU %1 at epoch %2.</source>
        <translation>Training abgeschlossen: beste mIoU %1 in Epoche %2.</translation>
    </message>
    <message numerus="yes">
        <source>Training stopped after %n complete epochs; resume it from the runs list.</source>
        <translation>
            <numerusform>Training nach %n vollständigen Epoche gestoppt; setzen Sie es in der Liste der Läufe fort.</numerusform>
            <numerusform>Training nach %n vollständigen Epochen gestoppt; setzen Sie es in der Liste der Läufe fort.</numerusform>
        </translation>
    </message>
    <message>
        <source>Training failed: %1</source>
        <translation>Training fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>%1 img/s</source>
        <translation>%1 img/s</translation>
    </message>
    <message>
        <source>epoch %1/%2</source>
        <translation>Epoche %1/%2</translation>
    </message>
    <message>
        <source>epoch %1/%2, %3 left</source>
        <translation>Epoche %1/%2, noch %3</translation>
    </message>
    <message numerus="yes">
        <source>%n unreadable image(s) skipped; the log names them.</source>
        <translation>
            <numerusform>%n unlesbares Bild übersprungen; das Protokoll nennt es.</numerusform>
            <numerusform>%n unlesbare Bilder übersprungen; das Protokoll nennt sie.</numerusform>
        </translation>
    </message>
    <message>
        <source>stopping...</source>
        <translation>wird gestoppt...</translation>
    </message>
    <message>
        <source>A run is training; tick runs to compare them with it instead.</source>
        <translation>Ein Lauf trainiert gerade; haken Sie stattdessen Läufe an, um sie mit ihm zu vergleichen.</translation>
    </message>
    <message numerus="yes">
        <source>Showing run %1: %n epochs</source>
        <translation>
            <numerusform>Lauf %1 wird angezeigt: %n Epoche</numerusform>
            <numerusform>Lauf %1 wird angezeigt: %n Epochen</numerusform>
        </translation>
    </message>
    <message>
        <source>Run %1: %2</source>
        <translation>Lauf %1: %2</translation>
    </message>
    <message>
        <source>A run is training in this window: stop it before following another.</source>
        <translation>In diesem Fenster trainiert ein Lauf: stoppen Sie ihn, bevor Sie einen anderen verfolgen.</translation>
    </message>
    <message>
        <source>%1 is not a training run&apos;s folder: it holds neither config.json nor metrics.csv.</source>
        <translation>%1 ist kein Ordner eines Trainingslaufs: er enthält weder config.json noch metrics.csv.</translation>
    </message>
    <message>
        <source>Following run %1 as it is written (read-only).</source>
        <translation>Lauf %1 wird beim Schreiben verfolgt (schreibgeschützt).</translation>
    </message>
    <message numerus="yes">
        <source>trained by %n processes</source>
        <translation>
            <numerusform>von %n Prozess trainiert</numerusform>
            <numerusform>von %n Prozessen trainiert</numerusform>
        </translation>
    </message>
    <message>
        <source>finished, %1 of %2 epochs</source>
        <translation>abgeschlossen, %1 von %2 Epochen</translation>
    </message>
    <message>
        <source>%1 of %2 epochs</source>
        <translation>%1 von %2 Epochen</translation>
    </message>
    <message numerus="yes">
        <source>%n epoch(s)</source>
        <translation>
            <numerusform>%n Epoche</numerusform>
            <numerusform>%n Epochen</numerusform>
        </translation>
    </message>
    <message>
        <source>waiting for the run to write metrics.csv</source>
        <translation>warten, bis der Lauf metrics.csv schreibt</translation>
    </message>
    <message>
        <source>%1, written %2 ago</source>
        <translation>%1, %2 seit dem letzten Schreiben</translation>
    </message>
</context>
<context>
    <name>seg::ui::TrainingPanel</name>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Optimisation</source>
        <translation>Optimierung</translation>
    </message>
    <message>
        <source>Cross-entropy</source>
        <translation>Kreuzentropie</translation>
    </message>
    <message>
        <source>Cross-entropy + Dice</source>
        <translation>Kreuzentropie + Dice</translation>
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
        <translation>Lovász-Softmax</translation>
    </message>
    <message>
        <source>SGD with momentum</source>
        <translation>SGD mit Momentum</translation>
    </message>
    <message>
        <source>Cosine</source>
        <translation>Kosinus</translation>
    </message>
    <message>
        <source>Poly</source>
        <translation>Polynomiell</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Stufenweise</translation>
    </message>
    <message>
        <source>Constant</source>
        <translation>Konstant</translation>
    </message>
    <message>
        <source> iterations</source>
        <translation> Iterationen</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>whole image</source>
        <translation>ganzes Bild</translation>
    </message>
    <message>
        <source>Square training crop; whole images when all have one size.</source>
        <translation>Quadratischer Trainingszuschnitt; ganze Bilder, wenn alle dieselbe Größe haben.</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Verlustfunktion</translation>
    </message>
    <message>
        <source>Optimiser</source>
        <translation>Optimierer</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Lernrate</translation>
    </message>
    <message>
        <source>Weight decay</source>
        <translation>Gewichtszerfall</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Lernratenplan</translation>
    </message>
    <message>
        <source>Warm-up</source>
        <translation>Aufwärmphase</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>Epochen</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Batchgröße</translation>
    </message>
    <message>
        <source>Input size</source>
        <translation>Eingabegröße</translation>
    </message>
    <message>
        <source>Augmentation</source>
        <translation>Datenaugmentierung</translation>
    </message>
    <message>
        <source>Horizontal flips</source>
        <translation>Horizontale Spiegelung</translation>
    </message>
    <message>
        <source>Vertical flips</source>
        <translation>Vertikale Spiegelung</translation>
    </message>
    <message>
        <source>°</source>
        <translation>°</translation>
    </message>
    <message>
        <source>Scale range</source>
        <translation>Skalierungsbereich</translation>
    </message>
    <message>
        <source>Rotation</source>
        <translation>Drehung</translation>
    </message>
    <message>
        <source>Colour jitter</source>
        <translation>Farbvariation</translation>
    </message>
    <message>
        <source>Adversarial training</source>
        <translation>Adversarielles Training</translation>
    </message>
    <message>
        <source>Luc et al. 2016: a small discriminator learns to tell ground-truth label maps from the model&apos;s, and the model also learns to fool it. Its two losses are drawn with the training loss.</source>
        <translation>Luc et al. 2016: ein kleiner Diskriminator lernt, Ground-Truth-Klassenkarten von denen des Modells zu unterscheiden, und das Modell lernt zusätzlich, ihn zu täuschen. Die beiden zusätzlichen Verluste werden zusammen mit dem Trainingsverlust gezeichnet.</translation>
    </message>
    <message>
        <source>The adversarial term&apos;s weight next to the segmentation loss.</source>
        <translation>Gewicht des adversariellen Terms neben dem Segmentierungsverlust.</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <source>Discriminator learning rate</source>
        <translation>Lernrate des Diskriminators</translation>
    </message>
    <message>
        <source>Learn from scribbles (dense-CRF loss)</source>
        <translation>Aus Strichen lernen (Dense-CRF-Verlust)</translation>
    </message>
    <message>
        <source>Tang et al. 2018: for partly painted masks. Besides the painted pixels, every pixel is asked to share the class of nearby pixels of similar colour, so the labels spread from the strokes up to the image&apos;s edges.</source>
        <translation>Tang et al. 2018: für teilweise bemalte Masken. Neben den bemalten Pixeln soll jedes Pixel die Klasse benachbarter Pixel ähnlicher Farbe teilen, sodass sich die Annotationen von den Strichen bis an die Kanten im Bild ausbreiten.</translation>
    </message>
    <message>
        <source>The CRF term&apos;s weight next to the segmentation loss.</source>
        <translation>Gewicht des CRF-Terms neben dem Segmentierungsverlust.</translation>
    </message>
    <message>
        <source>How far apart two pixels may be and still be asked to agree.</source>
        <translation>Wie weit zwei Pixel voneinander entfernt sein dürfen, damit sie noch dieselbe Klasse haben sollen.</translation>
    </message>
    <message>
        <source>How different in colour (0 to 255 levels) two pixels may be and still be asked to agree.</source>
        <translation>Wie stark sich zwei Pixel in der Farbe unterscheiden dürfen (0 bis 255 Stufen), damit sie noch dieselbe Klasse haben sollen.</translation>
    </message>
    <message>
        <source>Reach</source>
        <translation>Reichweite</translation>
    </message>
    <message>
        <source>Colour tolerance</source>
        <translation>Farbtoleranz</translation>
    </message>
    <message>
        <source>Runtime</source>
        <translation>Laufzeitumgebung</translation>
    </message>
    <message>
        <source>all cores (%1)</source>
        <translation>alle Kerne (%1)</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>CUDA GPU</source>
        <translation>CUDA-GPU</translation>
    </message>
    <message>
        <source>Data-parallel training: this many processes each train a share of every epoch with the batch size above, and average their gradients after each step. On one machine, one process with all cores is faster; several processes rehearse a run across machines (see docs/distributed.md). The cores are shared out between the processes when Threads is &quot;all cores&quot;.</source>
        <translation>Datenparalleles Training: so viele Prozesse trainieren jeweils einen Teil jeder Epoche mit der obigen Batchgröße und mitteln nach jedem Schritt ihre Gradienten. Auf einem Rechner ist ein Prozess mit allen Kernen schneller; mehrere Prozesse simulieren einen Lauf über mehrere Rechner (siehe docs/distributed.md). Die Kerne werden auf die Prozesse verteilt, wenn Threads auf „alle Kerne“ steht.</translation>
    </message>
    <message>
        <source>Threads</source>
        <translation>Threads</translation>
    </message>
    <message>
        <source>Processes</source>
        <translation>Prozesse</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausieren</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
</context>
<context>
    <name>seg::ui::UserGuideWindow</name>
    <message>
        <source>SegStudio User Guide</source>
        <translation>SegStudio-Benutzerhandbuch</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
</context>
<context>
    <name>seg::ui::ValidationBrowser</name>
    <message>
        <source>Score Validation Images</source>
        <translation>Validierungsbilder bewerten</translation>
    </message>
    <message>
        <source>Predicts every validation image with the ticked models</source>
        <translation>Sagt jedes Validierungsbild mit den angehakten Modellen vorher</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <source>Only images whose ground truth holds this class</source>
        <translation>Nur Bilder, deren Ground Truth diese Klasse enthält</translation>
    </message>
    <message>
        <source>Fix Label</source>
        <translation>Annotation korrigieren</translation>
    </message>
    <message>
        <source>Open the image for painting, with the model&apos;s prediction as a reference layer</source>
        <translation>Das Bild zum Bemalen öffnen, mit der Vorhersage des Modells als Referenzebene</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Anzeigen:</translation>
    </message>
    <message>
        <source>every image</source>
        <translation>alle Bilder</translation>
    </message>
    <message>
        <source>with %1</source>
        <translation>mit %1</translation>
    </message>
    <message>
        <source>Scoring...</source>
        <translation>Wird bewertet...</translation>
    </message>
    <message>
        <source>Tick models, then score the validation images to find the worst.</source>
        <translation>Haken Sie Modelle an und bewerten Sie dann die Validierungsbilder, um die schlechtesten zu finden.</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s); corrected labels are rescored here, score again for the split&apos;s totals</source>
        <translation>
            <numerusform>%n Bild; korrigierte Annotationen werden hier neu bewertet, für die Summen der Teilmenge erneut bewerten</numerusform>
            <numerusform>%n Bilder; korrigierte Annotationen werden hier neu bewertet, für die Summen der Teilmenge erneut bewerten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s), worst first</source>
        <translation>
            <numerusform>%n Bild, schlechtestes zuerst</numerusform>
            <numerusform>%n Bilder, schlechteste zuerst</numerusform>
        </translation>
    </message>
    <message>
        <source>Scoring... %1</source>
        <translation>Bewertung läuft... %1</translation>
    </message>
</context>
<context>
    <name>seg::ui::WelcomePage</name>
    <message>
        <source>Welcome to SegStudio</source>
        <translation>Willkommen bei SegStudio</translation>
    </message>
    <message>
        <source>Paint segmentation masks, train models on them, and compare their predictions.</source>
        <translation>Segmentierungsmasken malen, Modelle damit trainieren und ihre Vorhersagen vergleichen.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Loslegen</translation>
    </message>
    <message>
        <source>Open the Demo Project</source>
        <translation>Demoprojekt öffnen</translation>
    </message>
    <message>
        <source>500 synthetic-shapes images with their masks, ready to train a U-Net in a few minutes. Made on first use.</source>
        <translation>500 Bilder synthetischer Formen mit ihren Masken, bereit, in wenigen Minuten ein U-Net zu trainieren. Wird beim ersten Öffnen erstellt.</translation>
    </message>
    <message>
        <source>New Project from Image Folder...</source>
        <translation>Neues Projekt aus Bildordner...</translation>
    </message>
    <message>
        <source>A folder of your own images, to paint their masks.</source>
        <translation>Ein Ordner mit eigenen Bildern, um ihre Masken zu malen.</translation>
    </message>
    <message>
        <source>New Project from Dataset...</source>
        <translation>Neues Projekt aus Datensatz...</translation>
    </message>
    <message>
        <source>Images with masks: VOC, PennFudan, images/ and masks/ folders, or change pairs.</source>
        <translation>Bilder mit Masken: VOC, PennFudan, Ordner images/ und masks/ oder Bildpaare zur Änderungserkennung.</translation>
    </message>
    <message>
        <source>Open Project...</source>
        <translation>Projekt öffnen...</translation>
    </message>
    <message>
        <source>A folder holding a project.json.</source>
        <translation>Ein Ordner mit einer project.json.</translation>
    </message>
    <message>
        <source>Read the User Guide</source>
        <translation>Benutzerhandbuch lesen</translation>
    </message>
    <message>
        <source>Recent Projects</source>
        <translation>Zuletzt geöffnete Projekte</translation>
    </message>
    <message>
        <source>%1 (not found)
%2</source>
        <translation>%1 (nicht gefunden)
%2</translation>
    </message>
    <message>
        <source>No recent projects yet.</source>
        <translation>Noch keine zuletzt geöffneten Projekte.</translation>
    </message>
</context>
</TS>
