<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AnalysisImages</name>
    <message>
        <source>correct</source>
        <translation>correct</translation>
    </message>
    <message>
        <source>wrong class</source>
        <translation>mauvaise classe</translation>
    </message>
    <message>
        <source>missed (object predicted as background)</source>
        <translation>manqué (objet prédit comme fond)</translation>
    </message>
    <message>
        <source>false alarm (background predicted as object)</source>
        <translation>fausse alarme (fond prédit comme objet)</translation>
    </message>
    <message>
        <source>ignored (unlabelled in the ground truth)</source>
        <translation>ignoré (non annoté dans la vérité terrain)</translation>
    </message>
    <message>
        <source>both predict the same</source>
        <translation>les deux prédisent la même chose</translation>
    </message>
    <message>
        <source>%1 right, %2 wrong</source>
        <translation>%1 a raison, %2 a tort</translation>
    </message>
    <message>
        <source>they differ, both wrong</source>
        <translation>ils diffèrent, tous deux faux</translation>
    </message>
    <message>
        <source>they differ, no ground truth</source>
        <translation>ils diffèrent, pas de vérité terrain</translation>
    </message>
</context>
<context>
    <name>ArchitectureFlags</name>
    <message>
        <source>Architecture: %1.</source>
        <translation>Architecture : %1.</translation>
    </message>
    <message>
        <source>Default: %1.</source>
        <translation>Par défaut : %1.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>%1: %2 %3; default %4.</source>
        <translation>%1 : %2 %3 ; par défaut %4.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>value</source>
        <translation>valeur</translation>
    </message>
    <message>
        <source>unknown model &apos;%1&apos; (expected one of: %2)</source>
        <translation>modèle inconnu « %1 » (modèles possibles : %2)</translation>
    </message>
    <message>
        <source>--%1 does not apply to %2 (its options: %3)</source>
        <translation>--%1 ne s&apos;applique pas à %2 (ses options : %3)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>--%1 must be a whole number, not &apos;%2&apos;</source>
        <translation>--%1 doit être un nombre entier, pas « %2 »</translation>
    </message>
</context>
<context>
    <name>BoxTool</name>
    <message>
        <source>Accept live prediction in a box</source>
        <translation>Accepter la prédiction en direct dans un cadre</translation>
    </message>
    <message>
        <source>Rectangle fill</source>
        <translation>Remplissage par rectangle</translation>
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
        <translation>Usage : segstudio-cli &lt;commande&gt; [options]

Commandes :
  synth     écrire le jeu de données de formes synthétiques
  inspect   décrire un jeu de données : effectifs, tailles, fréquences des classes,
            problèmes
  score     évaluer des masques prédits par rapport à la vérité terrain
  demo      créer le projet de démonstration
  init      faire d&apos;un jeu de données ou d&apos;un dossier d&apos;images un projet
  scribble  remplacer les masques d&apos;entraînement d&apos;un projet par leurs gribouillis
  train     entraîner un modèle (l&apos;un de ceux de « segstudio-cli model --list »)
  eval      évaluer un point de contrôle sur une partition d&apos;un jeu de données
  predict   écrire les masques prédits pour des images
  compare   évaluer 2 à 4 modèles côte à côte sur une partition d&apos;un jeu de données
  export    écrire le modèle d&apos;un point de contrôle comme module TorchScript
  model     afficher les paramètres et les GMACs d&apos;un modèle
  runs      lister les sessions d&apos;entraînement d&apos;un projet et leur meilleur mIoU

Options :
  -h, --help       cette liste
  -v, --version    la version de SegStudio

Exécutez « segstudio-cli &lt;commande&gt; --help » pour voir les options d&apos;une commande.
</translation>
    </message>
    <message>
        <source>segstudio-cli: unexpected error: %1</source>
        <translation>segstudio-cli : erreur inattendue : %1</translation>
    </message>
    <message>
        <source>segstudio-cli: unknown command &apos;%1&apos;</source>
        <translation>segstudio-cli : commande inconnue « %1 »</translation>
    </message>
</context>
<context>
    <name>CommandParser</name>
    <message>
        <source>--%1 must be a whole number from %2 to %3 (got &apos;%4&apos;)</source>
        <translation>--%1 doit être un nombre entier de %2 à %3 (reçu « %4 »)</translation>
    </message>
    <message>
        <source>--%1 must be a number from %2 to %3 (got &apos;%4&apos;)</source>
        <translation>--%1 doit être un nombre de %2 à %3 (reçu « %4 »)</translation>
    </message>
    <message>
        <source>Run &apos;%1 %2 --help&apos; for usage.</source>
        <translation>Exécutez « %1 %2 --help » pour connaître l&apos;utilisation.</translation>
    </message>
</context>
<context>
    <name>CompareCommand</name>
    <message>
        <source>metric</source>
        <translation>métrique</translation>
    </message>
    <message>
        <source>* best of the row (not marked when all are equal)</source>
        <translation>* meilleur de la ligne (non marqué quand tous sont égaux)</translation>
    </message>
    <message>
        <source>Scores 2 to 4 models on the same dataset split and prints their metrics side by
side, the best of each row marked. Models are checkpoints or TorchScript files.</source>
        <translation>Évalue 2 à 4 modèles sur la même partition d&apos;un jeu de données et affiche leurs métriques
côte à côte, en marquant le meilleur de chaque ligne. Les modèles sont des points de
contrôle ou des fichiers TorchScript.</translation>
    </message>
    <message>
        <source>A model: a checkpoint or a TorchScript file (give 2 to 4).</source>
        <translation>Un modèle : un point de contrôle ou un fichier TorchScript (en donner 2 à 4).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>Dataset folder or project.</source>
        <translation>Dossier du jeu de données ou projet.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>dossier</translation>
    </message>
    <message>
        <source>val, train, test or all (default val).</source>
        <translation>val, train, test ou all (par défaut val).</translation>
    </message>
    <message>
        <source>split</source>
        <translation>partition</translation>
    </message>
    <message>
        <source>Also write the table as CSV to this file.</source>
        <translation>Écrire aussi le tableau au format CSV dans ce fichier.</translation>
    </message>
    <message>
        <source>Also write a PNG grid: the hardest images (lowest mIoU over the models) in rows; image, ground truth and each model&apos;s prediction in columns.</source>
        <translation>Écrire aussi une grille PNG : les images les plus difficiles (mIoU le plus bas sur l&apos;ensemble des modèles) en lignes ; l&apos;image, la vérité terrain et la prédiction de chaque modèle en colonnes.</translation>
    </message>
    <message>
        <source>Rows of the grid (default 4).</source>
        <translation>Lignes de la grille (4 par défaut).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>give 2 to 4 --model files and --data</source>
        <translation>donnez 2 à 4 fichiers --model et --data</translation>
    </message>
    <message>
        <source>--split must be val, train, test or all</source>
        <translation>--split doit être val, train, test ou all</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>avertissement : %1</translation>
    </message>
    <message numerus="yes">
        <source>Compared %n model(s) on %1 images (%2 split)</source>
        <translation>
            <numerusform>%n modèle comparé sur %1 images (partition %2)</numerusform>
            <numerusform>%n modèles comparés sur %1 images (partition %2)</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote the table to %1</source>
        <translation>Tableau écrit dans %1</translation>
    </message>
    <message>
        <source>Wrote the grid to %1</source>
        <translation>Grille écrite dans %1</translation>
    </message>
</context>
<context>
    <name>ConsoleObserver</name>
    <message>
        <source>rank %1: </source>
        <translation>rang %1 : </translation>
    </message>
    <message>
        <source>Training on %1 images, validating on %2; %3 iterations per epoch; %4 threads, %5</source>
        <translation>Entraînement sur %1 images, validation sur %2 ; %3 itérations par époque ; %4 fils d&apos;exécution, %5</translation>
    </message>
    <message>
        <source>epoch %1/%2  iteration %3/%4  loss %5  lr %6  %7 img/s</source>
        <translation>époque %1/%2  itération %3/%4  perte %5  lr %6  %7 img/s</translation>
    </message>
    <message>
        <source>  adversarial %1  discriminator %2</source>
        <translation>  antagoniste %1  discriminateur %2</translation>
    </message>
    <message>
        <source>epoch %1/%2  loss %3  val loss %4  pixel accuracy %5  mIoU %6  %7 s%8</source>
        <translation>époque %1/%2  perte %3  perte val %4  exactitude pixel %5  mIoU %6  %7 s%8</translation>
    </message>
    <message>
        <source>  (best)</source>
        <translation>  (meilleure)</translation>
    </message>
</context>
<context>
    <name>DatasetFlags</name>
    <message>
        <source>Change-detection datasets: the folders of the before images, the after images and the change labels (default %1,%2,%3, as LEVIR-CD).</source>
        <translation>Jeux de données de détection de changements : les dossiers des images avant, des images après et des annotations de changement (par défaut %1,%2,%3, comme LEVIR-CD).</translation>
    </message>
    <message>
        <source>before,after,label</source>
        <translation>avant,après,annotation</translation>
    </message>
    <message>
        <source>--change-folders takes three folder names, e.g. A,B,label (got &apos;%1&apos;)</source>
        <translation>--change-folders prend trois noms de dossiers, p. ex. A,B,label (reçu « %1 »)</translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <source>Creates the demo project (synthetic shapes, 500 images of 128x128) in a folder,
as the app does on first start.</source>
        <translation>Crée le projet de démonstration (formes synthétiques, 500 images de 128x128) dans un
dossier, comme le fait l&apos;application à son premier démarrage.</translation>
    </message>
    <message>
        <source>Project folder to create.</source>
        <translation>Dossier du projet à créer.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>dossier</translation>
    </message>
    <message>
        <source>--out is required</source>
        <translation>--out est obligatoire</translation>
    </message>
    <message>
        <source>Created demo project %1</source>
        <translation>Projet de démonstration créé : %1</translation>
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
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>There is not enough memory for this.</source>
        <translation>La mémoire est insuffisante pour cette opération.</translation>
    </message>
    <message>
        <source>Unexpected error: %1</source>
        <translation>Erreur inattendue : %1</translation>
    </message>
    <message>
        <source>Unexpected error of an unknown kind.</source>
        <translation>Erreur inattendue de nature inconnue.</translation>
    </message>
    <message>
        <source>The file or folder does not exist.</source>
        <translation>Le fichier ou dossier n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Le fichier est vide.</translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation>Le fichier ne peut pas être lu.</translation>
    </message>
    <message>
        <source>The file is truncated.</source>
        <translation>Le fichier est tronqué.</translation>
    </message>
    <message>
        <source>The file is not an image.</source>
        <translation>Le fichier n&apos;est pas une image.</translation>
    </message>
    <message>
        <source>The file&apos;s format is not supported.</source>
        <translation>Le format du fichier n&apos;est pas pris en charge.</translation>
    </message>
    <message>
        <source>The mask and its image differ in size.</source>
        <translation>Le masque et son image n&apos;ont pas la même taille.</translation>
    </message>
    <message>
        <source>The mask holds values that are not classes.</source>
        <translation>Le masque contient des valeurs qui ne sont pas des classes.</translation>
    </message>
    <message>
        <source>The folder is not a dataset SegStudio can read.</source>
        <translation>Le dossier n&apos;est pas un jeu de données que SegStudio peut lire.</translation>
    </message>
    <message>
        <source>The file is not valid JSON.</source>
        <translation>Le fichier n&apos;est pas un JSON valide.</translation>
    </message>
    <message>
        <source>The file&apos;s content is invalid.</source>
        <translation>Le contenu du fichier n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>The file was written by a newer SegStudio.</source>
        <translation>Le fichier a été écrit par une version plus récente de SegStudio.</translation>
    </message>
    <message>
        <source>An option has an invalid value.</source>
        <translation>Une option a une valeur non valide.</translation>
    </message>
    <message>
        <source>The file cannot be written.</source>
        <translation>Le fichier ne peut pas être écrit.</translation>
    </message>
    <message>
        <source>Unknown error.</source>
        <translation>Erreur inconnue.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1 : %2 (%3)</translation>
    </message>
</context>
<context>
    <name>EvalCommand</name>
    <message>
        <source>image</source>
        <translation>image</translation>
    </message>
    <message>
        <source>pixel acc</source>
        <translation>exact. pixel</translation>
    </message>
    <message>
        <source>mIoU</source>
        <translation>mIoU</translation>
    </message>
    <message>
        <source>worst class (IoU)</source>
        <translation>pire classe (IoU)</translation>
    </message>
    <message>
        <source>Scores a model (a checkpoint or TorchScript file) on a dataset&apos;s validation split
(or another split): the metrics table of `score`, from the model alone.</source>
        <translation>Évalue un modèle (un point de contrôle ou un fichier TorchScript) sur la partition de
validation d&apos;un jeu de données (ou sur une autre partition) : le tableau de métriques de
`score`, à partir du modèle seul.</translation>
    </message>
    <message>
        <source>A checkpoint (best.pt or last.pt of a run) or a TorchScript model.</source>
        <translation>Un point de contrôle (best.pt ou last.pt d&apos;une session) ou un modèle TorchScript.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>Dataset folder or project.</source>
        <translation>Dossier du jeu de données ou projet.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>dossier</translation>
    </message>
    <message>
        <source>val, train, test or all (default val).</source>
        <translation>val, train, test ou all (par défaut val).</translation>
    </message>
    <message>
        <source>split</source>
        <translation>partition</translation>
    </message>
    <message>
        <source>Validation share when the dataset has no split files (default 0.2).</source>
        <translation>Part de validation quand le jeu de données n&apos;a pas de fichiers de partition (0.2 par défaut).</translation>
    </message>
    <message>
        <source>f</source>
        <translation>f</translation>
    </message>
    <message>
        <source>Print the scores as JSON.</source>
        <translation>Afficher les scores au format JSON.</translation>
    </message>
    <message>
        <source>Also list each image&apos;s pixel accuracy, mIoU and worst class, worst first.</source>
        <translation>Lister aussi l&apos;exactitude pixel, le mIoU et la pire classe de chaque image, la pire en premier.</translation>
    </message>
    <message>
        <source>--checkpoint and --data are required</source>
        <translation>--checkpoint et --data sont obligatoires</translation>
    </message>
    <message>
        <source>--split must be val, train, test or all</source>
        <translation>--split doit être val, train, test ou all</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>avertissement : %1</translation>
    </message>
    <message>
        <source>Evaluated %1 images (%2 split)</source>
        <translation>%1 images évaluées (partition %2)</translation>
    </message>
    <message numerus="yes">
        <source>, with dense CRF post-processing (%n iteration(s))</source>
        <translation>
            <numerusform>, avec post-traitement par CRF dense (%n itération)</numerusform>
            <numerusform>, avec post-traitement par CRF dense (%n itérations)</numerusform>
        </translation>
    </message>
    <message>
        <source>Change class: precision %1, recall %2, F1 %3, IoU %4</source>
        <translation>Classe de changement : précision %1, rappel %2, F1 %3, IoU %4</translation>
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
        <translation>Écrit le modèle d&apos;un point de contrôle comme module TorchScript pour PyTorch :
  model = torch.jit.load(&quot;model.pt&quot;)
  logits = model(x)  # x : float [N, 3, H, W], RVB dans [0, 1] normalisé avec
                     # model.mean et model.std ; H et W quelconques
Il renvoie des logits [N, classes, H, W], les mêmes que ceux que calcule SegStudio ; les
noms des classes sont dans model.class_names. SegStudio ouvre aussi ce fichier comme
modèle.</translation>
    </message>
    <message>
        <source>A checkpoint (best.pt or last.pt of a run).</source>
        <translation>Un point de contrôle (best.pt ou last.pt d&apos;une session).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>The TorchScript file to write.</source>
        <translation>Le fichier TorchScript à écrire.</translation>
    </message>
    <message>
        <source>--checkpoint and --out are required</source>
        <translation>--checkpoint et --out sont obligatoires</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: %2, %n class(es); load it with torch.jit.load</source>
        <translation>
            <numerusform>%1 écrit : %2, %n classe ; chargez-le avec torch.jit.load</numerusform>
            <numerusform>%1 écrit : %2, %n classes ; chargez-le avec torch.jit.load</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FillTool</name>
    <message>
        <source>Flood fill</source>
        <translation>Remplissage par diffusion</translation>
    </message>
</context>
<context>
    <name>GuiMain</name>
    <message>
        <source>SegStudio: paint masks, train segmentation models, compare them.</source>
        <translation>SegStudio : peignez des masques, entraînez des modèles de segmentation, comparez-les.</translation>
    </message>
    <message>
        <source>Open the demo project (synthetic shapes), creating it on first use.</source>
        <translation>Ouvrir le projet de démonstration (formes synthétiques), en le créant à la première utilisation.</translation>
    </message>
    <message>
        <source>Project folder or project.json to open.</source>
        <translation>Dossier du projet ou project.json à ouvrir.</translation>
    </message>
    <message>
        <source>[project]</source>
        <translation>[projet]</translation>
    </message>
</context>
<context>
    <name>InitCommand</name>
    <message>
        <source>Makes a folder a SegStudio project (writes project.json into it), as the window&apos;s
File &gt; New Project does: a dataset in any layout SegStudio reads, or with --images
a plain folder of images to annotate.</source>
        <translation>Fait d&apos;un dossier un projet SegStudio (y écrit project.json), comme le fait Fichier &gt;
Nouveau projet dans la fenêtre : un jeu de données dans n&apos;importe quelle structure lue par
SegStudio, ou avec --images un simple dossier d&apos;images à annoter.</translation>
    </message>
    <message>
        <source>The dataset or image folder.</source>
        <translation>Le jeu de données ou le dossier d&apos;images.</translation>
    </message>
    <message>
        <source>A plain folder of images to annotate.</source>
        <translation>Un simple dossier d&apos;images à annoter.</translation>
    </message>
    <message>
        <source>With --images: class names, comma-separated (background,object).</source>
        <translation>Avec --images : noms des classes, séparés par des virgules (par défaut background,object).</translation>
    </message>
    <message>
        <source>names</source>
        <translation>noms</translation>
    </message>
    <message>
        <source>give one folder</source>
        <translation>donnez un seul dossier</translation>
    </message>
    <message numerus="yes">
        <source>Created %1 with %n classes</source>
        <translation>
            <numerusform>%1 créé avec %n classe</numerusform>
            <numerusform>%1 créé avec %n classes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InspectCommand</name>
    <message>
        <source>Dataset   %1</source>
        <translation>Jeu de données  %1</translation>
    </message>
    <message>
        <source>Layout    %1</source>
        <translation>Structure       %1</translation>
    </message>
    <message>
        <source>Samples   %1 (%2 labelled, %3 unlabelled)</source>
        <translation>Échantillons    %1 (%2 annotés, %3 non annotés)</translation>
    </message>
    <message>
        <source>Split     train %1, val %2, test %3</source>
        <translation>Partition       entraînement %1, validation %2, test %3</translation>
    </message>
    <message>
        <source>%1x%2 (%3)</source>
        <translation>%1x%2 (%3)</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>et %1 autres</translation>
    </message>
    <message>
        <source>Sizes     %1</source>
        <translation>Tailles         %1</translation>
    </message>
    <message>
        <source>Classes (inferred from the mask values; add labels.txt to name them)</source>
        <translation>Classes (déduites des valeurs des masques ; ajoutez labels.txt pour les nommer)</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>Classes</translation>
    </message>
    <message>
        <source>index</source>
        <translation>n°</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>pixels</source>
        <translation>pixels</translation>
    </message>
    <message>
        <source>share</source>
        <translation>part</translation>
    </message>
    <message>
        <source>(ignored)</source>
        <translation>(ignorés)</translation>
    </message>
    <message>
        <source>Problems  %1 (%2 samples skipped)</source>
        <translation>Problèmes       %1 (%2 échantillons ignorés)</translation>
    </message>
    <message>
        <source>Reads every sample of a dataset and reports counts, image sizes, class pixel
frequencies and the problems found (bad files are skipped and listed).</source>
        <translation>Lit chaque échantillon d&apos;un jeu de données et indique les effectifs, les tailles
d&apos;image, les fréquences des pixels par classe et les problèmes trouvés (les fichiers
défectueux sont ignorés et listés).</translation>
    </message>
    <message>
        <source>Dataset folder (VOC, PennFudan or images/ + masks/).</source>
        <translation>Dossier du jeu de données (VOC, PennFudan ou images/ + masks/).</translation>
    </message>
    <message>
        <source>Print the report as JSON.</source>
        <translation>Afficher le rapport au format JSON.</translation>
    </message>
    <message>
        <source>Stop at the first problem (exit code 1) instead of skipping.</source>
        <translation>S&apos;arrêter au premier problème (code de sortie 1) au lieu de l&apos;ignorer.</translation>
    </message>
    <message>
        <source>Force the layout: voc, pennfudan, folders or images.</source>
        <translation>Imposer la structure : voc, pennfudan, folders ou images.</translation>
    </message>
    <message>
        <source>layout</source>
        <translation>structure</translation>
    </message>
    <message>
        <source>Validation share when the dataset has no split files (default 0.2).</source>
        <translation>Part de validation quand le jeu de données n&apos;a pas de fichiers de partition (0.2 par défaut).</translation>
    </message>
    <message>
        <source>f</source>
        <translation>f</translation>
    </message>
    <message>
        <source>Seed of that split (default 42).</source>
        <translation>Graine de cette partition (42 par défaut).</translation>
    </message>
    <message>
        <source>k</source>
        <translation>k</translation>
    </message>
    <message>
        <source>give exactly one dataset folder</source>
        <translation>donnez exactement un dossier de jeu de données</translation>
    </message>
    <message>
        <source>--layout must be voc, pennfudan, folders or images</source>
        <translation>--layout doit être voc, pennfudan, folders ou images</translation>
    </message>
</context>
<context>
    <name>MetricsTable</name>
    <message>
        <source>class</source>
        <translation>classe</translation>
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
        <translation>Exact.</translation>
    </message>
    <message>
        <source>Prec</source>
        <translation>Préc.</translation>
    </message>
    <message>
        <source>GT pixels</source>
        <translation>Pixels VT</translation>
    </message>
    <message>
        <source>Pixel accuracy        %1</source>
        <translation>Exactitude pixel              %1</translation>
    </message>
    <message>
        <source>Mean class accuracy   %1</source>
        <translation>Exactitude moyenne par classe %1</translation>
    </message>
    <message>
        <source>Mean IoU              %1</source>
        <translation>IoU moyen                     %1</translation>
    </message>
    <message>
        <source>FW IoU                %1</source>
        <translation>FW IoU                        %1</translation>
    </message>
    <message>
        <source>Mean Dice             %1</source>
        <translation>Dice moyen                    %1</translation>
    </message>
</context>
<context>
    <name>ModelCommand</name>
    <message>
        <source>Prints a model&apos;s size: parameters, convolutions and matrix products, and the multiply-accumulates (GMACs) of one forward pass.</source>
        <translation>Affiche la taille d&apos;un modèle : paramètres, convolutions et produits matriciels, et les multiplications-accumulations (GMACs) d&apos;une passe avant.</translation>
    </message>
    <message>
        <source>Lists every architecture, one a line: its name, its label and what it takes (image, or pair for change detection), tab-separated.</source>
        <translation>Liste toutes les architectures, une par ligne : son nom, son libellé et ce qu&apos;elle prend en entrée (image, ou paire pour la détection de changements), séparés par des tabulations.</translation>
    </message>
    <message>
        <source>Number of classes.</source>
        <translation>Nombre de classes.</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Input size: S or WxH (default 512).</source>
        <translation>Taille d&apos;entrée : S ou LxH (512 par défaut).</translation>
    </message>
    <message>
        <source>size</source>
        <translation>taille</translation>
    </message>
    <message>
        <source>--size must be S or WxH with sides from 8 to 8192</source>
        <translation>--size doit être S ou LxH avec des côtés de 8 à 8192</translation>
    </message>
    <message>
        <source>%1 (%2) at %3x%4: %5 parameters (%6 M), %7 convolutions, %8 matrix products; %9 GMACs per forward pass (multiply-accumulates; FLOPs are twice as many)</source>
        <translation>%1 (%2) en %3x%4 : %5 paramètres (%6 M), %7 convolutions, %8 produits matriciels ; %9 GMACs par passe avant (multiplications-accumulations ; les FLOPs sont deux fois plus nombreux)</translation>
    </message>
    <message>
        <source>Model zoo, with its default options: %1</source>
        <translation>Zoo de modèles, avec ses options par défaut : %1</translation>
    </message>
</context>
<context>
    <name>ModelOptions</name>
    <message>
        <source>Refine the probabilities with a fully connected CRF (dense CRF): pixels close in position and colour lean to the same class.</source>
        <translation>Affiner les probabilités avec un CRF entièrement connecté (CRF dense) : les pixels proches en position et en couleur tendent vers la même classe.</translation>
    </message>
    <message>
        <source>CRF mean-field iterations (default %1; implies --crf).</source>
        <translation>Itérations de champ moyen du CRF (%1 par défaut ; implique --crf).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>CRF appearance kernel: weight, spatial width in pixels, colour width (default %1,%2,%3; implies --crf).</source>
        <translation>Noyau d&apos;apparence du CRF : poids, largeur spatiale en pixels, largeur de couleur (par défaut %1,%2,%3 ; implique --crf).</translation>
    </message>
    <message>
        <source>w,px,colour</source>
        <translation>p,px,couleur</translation>
    </message>
    <message>
        <source>CRF smoothness kernel: weight, spatial width in pixels (default %1,%2; implies --crf).</source>
        <translation>Noyau de lissage du CRF : poids, largeur spatiale en pixels (par défaut %1,%2 ; implique --crf).</translation>
    </message>
    <message>
        <source>w,px</source>
        <translation>p,px</translation>
    </message>
    <message>
        <source>--crf-appearance takes three numbers, e.g. 5,30,13</source>
        <translation>--crf-appearance prend trois nombres, p. ex. 5,30,13</translation>
    </message>
    <message>
        <source>--crf-smoothness takes two numbers, e.g. 3,3</source>
        <translation>--crf-smoothness prend deux nombres, p. ex. 3,3</translation>
    </message>
    <message>
        <source>TorchScript models: class names, comma-separated, or a labels.txt or classes.json file. Without it, the settings stored next to the model (or inside a model SegStudio exported) apply.</source>
        <translation>Modèles TorchScript : noms des classes, séparés par des virgules, ou un fichier labels.txt ou classes.json. Sans cette option, les réglages enregistrés à côté du modèle (ou dans un modèle exporté par SegStudio) s&apos;appliquent.</translation>
    </message>
    <message>
        <source>names|file</source>
        <translation>noms|fichier</translation>
    </message>
    <message>
        <source>TorchScript models: input mean per RGB channel (default ImageNet&apos;s 0.485,0.456,0.406).</source>
        <translation>Modèles TorchScript : moyenne d&apos;entrée par canal RVB (par défaut celle d&apos;ImageNet, 0.485,0.456,0.406).</translation>
    </message>
    <message>
        <source>r,g,b</source>
        <translation>r,v,b</translation>
    </message>
    <message>
        <source>TorchScript models: input standard deviation per RGB channel (default ImageNet&apos;s 0.229,0.224,0.225).</source>
        <translation>Modèles TorchScript : écart type d&apos;entrée par canal RVB (par défaut celui d&apos;ImageNet, 0.229,0.224,0.225).</translation>
    </message>
    <message>
        <source>TorchScript models traced at one size: WxH; images are resized to it.</source>
        <translation>Modèles TorchScript tracés à une taille fixe : LxH ; les images sont redimensionnées à cette taille.</translation>
    </message>
    <message>
        <source>size</source>
        <translation>taille</translation>
    </message>
    <message>
        <source>--mean, --std and --input-size go with --classes</source>
        <translation>--mean, --std et --input-size vont avec --classes</translation>
    </message>
    <message>
        <source>--%1 takes three numbers separated by commas, e.g. 0.5,0.5,0.5</source>
        <translation>--%1 prend trois nombres séparés par des virgules, p. ex. 0.5,0.5,0.5</translation>
    </message>
    <message>
        <source>--input-size takes WxH, e.g. 520x520</source>
        <translation>--input-size prend LxH, p. ex. 520x520</translation>
    </message>
</context>
<context>
    <name>ModelTable</name>
    <message>
        <source>Backbone</source>
        <translation>Réseau de base</translation>
    </message>
    <message>
        <source>The encoder: a ResNet (He et al. 2016) or a VGG network (Simonyan and Zisserman 2015).</source>
        <translation>L&apos;encodeur : un ResNet (He et al. 2016) ou un réseau VGG (Simonyan et Zisserman 2015).</translation>
    </message>
    <message>
        <source>The encoder: a ResNet (He et al. 2016).</source>
        <translation>L&apos;encodeur : un ResNet (He et al. 2016).</translation>
    </message>
    <message>
        <source>The encoder: a VGG network (Simonyan and Zisserman 2015).</source>
        <translation>L&apos;encodeur : un réseau VGG (Simonyan et Zisserman 2015).</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Largeur</translation>
    </message>
    <message>
        <source>Channels of the backbone&apos;s first stage: 64 as in the papers; fewer train faster.</source>
        <translation>Canaux du premier étage du réseau de base : 64 comme dans les articles ; avec moins de canaux, l&apos;entraînement est plus rapide.</translation>
    </message>
    <message>
        <source>Output stride</source>
        <translation>Pas de sortie</translation>
    </message>
    <message>
        <source>How much smaller than the image the deepest features are: 8 keeps finer detail and costs about four times more.</source>
        <translation>Facteur de réduction des caractéristiques les plus profondes par rapport à l&apos;image : 8 conserve des détails plus fins et coûte environ quatre fois plus.</translation>
    </message>
    <message>
        <source>Atrous rate</source>
        <translation>Taux de dilatation</translation>
    </message>
    <message>
        <source>scaled to the training crop</source>
        <translation>adapté au recadrage d&apos;entraînement</translation>
    </message>
    <message>
        <source>Channels of the highest-resolution branch (W); the others have 2W, 4W and 8W. 18 as in HRNet-W18.</source>
        <translation>Canaux de la branche à plus haute résolution (W) ; les autres en ont 2W, 4W et 8W. 18 comme dans HRNet-W18.</translation>
    </message>
    <message>
        <source>Channels of the first stage and of every attention head; the stages have 1, 2, 5 and 8 times as many. 32 as in MiT-B0.</source>
        <translation>Canaux du premier étage et de chaque tête d&apos;attention ; les étages en ont 1, 2, 5 et 8 fois plus. 32 comme dans MiT-B0.</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>Profondeur</translation>
    </message>
    <message>
        <source>Transformer blocks in each of the four stages (2 in MiT-B0).</source>
        <translation>Blocs transformeurs dans chacun des quatre étages (2 dans MiT-B0).</translation>
    </message>
    <message>
        <source>Channels of the first stage; each of the four stages doubles them. 16 as in the paper.</source>
        <translation>Canaux du premier étage ; chacun des quatre étages les double. 16 comme dans l&apos;article.</translation>
    </message>
    <message>
        <source>Bilinear upsampling</source>
        <translation>Suréchantillonnage bilinéaire</translation>
    </message>
    <message>
        <source>Upsample bilinearly instead of with a learned 2x2 transposed convolution.</source>
        <translation>Suréchantillonner par interpolation bilinéaire plutôt que par une convolution transposée 2x2 apprise.</translation>
    </message>
    <message>
        <source>Normalisation</source>
        <translation>Normalisation</translation>
    </message>
    <message>
        <source>Batch: BatchNorm, the usual choice. Instance: each image normalised by its own statistics, in training and prediction alike; learns faster from a few images (live learning uses it).</source>
        <translation>Par lot : BatchNorm, le choix habituel. Par instance : chaque image est normalisée par ses propres statistiques, à l&apos;entraînement comme à la prédiction ; apprend plus vite à partir de quelques images (l&apos;apprentissage en direct l&apos;utilise).</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Par lot</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>Par instance</translation>
    </message>
    <message>
        <source>Channels of the first stage; each deeper stage doubles them.</source>
        <translation>Canaux du premier étage ; chaque étage plus profond les double.</translation>
    </message>
    <message>
        <source>Number of stages, each at half the resolution of the last.</source>
        <translation>Nombre d&apos;étages, chacun à la moitié de la résolution du précédent.</translation>
    </message>
    <message>
        <source>DeepLab v1 (LargeFOV)</source>
        <translation>DeepLab v1 (LargeFOV)</translation>
    </message>
    <message>
        <source>Chen et al. 2015: a VGG network kept at output stride 8, and a classifier whose atrous convolution sees a large field of view.</source>
        <translation>Chen et al. 2015 : un réseau VGG maintenu à un pas de sortie de 8, et un classifieur dont la convolution à trous voit un large champ de vision.</translation>
    </message>
    <message>
        <source>Dilation of the fc6 classifier layer: 12 in the paper, for 321-pixel crops.</source>
        <translation>Dilatation de la couche de classification fc6 : 12 dans l&apos;article, pour des recadrages de 321 pixels.</translation>
    </message>
    <message>
        <source>DeepLab v2</source>
        <translation>DeepLab v2</translation>
    </message>
    <message>
        <source>Chen et al. 2017: four atrous classifiers at rates r, 2r, 3r and 4r whose scores are summed (atrous spatial pyramid pooling).</source>
        <translation>Chen et al. 2017 : quatre classifieurs à trous aux taux r, 2r, 3r et 4r dont les scores sont additionnés (pooling pyramidal spatial à trous).</translation>
    </message>
    <message>
        <source>The smallest of the four rates, r: 6 in the paper, for 321-pixel crops.</source>
        <translation>Le plus petit des quatre taux, r : 6 dans l&apos;article, pour des recadrages de 321 pixels.</translation>
    </message>
    <message>
        <source>U-Net</source>
        <translation>U-Net</translation>
    </message>
    <message>
        <source>Ronneberger et al. 2015: an encoder and a decoder joined by skip connections at every scale.</source>
        <translation>Ronneberger et al. 2015 : un encodeur et un décodeur reliés par des connexions de saut à chaque échelle.</translation>
    </message>
    <message>
        <source>FCN-8s</source>
        <translation>FCN-8s</translation>
    </message>
    <message>
        <source>Long et al. 2015: class scores from strides 32, 16 and 8, summed.</source>
        <translation>Long et al. 2015 : scores de classe issus des pas 32, 16 et 8, additionnés.</translation>
    </message>
    <message>
        <source>FCN-16s</source>
        <translation>FCN-16s</translation>
    </message>
    <message>
        <source>Long et al. 2015: class scores from strides 32 and 16, summed.</source>
        <translation>Long et al. 2015 : scores de classe issus des pas 32 et 16, additionnés.</translation>
    </message>
    <message>
        <source>FCN-32s</source>
        <translation>FCN-32s</translation>
    </message>
    <message>
        <source>Long et al. 2015: class scores from stride 32, upsampled.</source>
        <translation>Long et al. 2015 : scores de classe issus du pas 32, suréchantillonnés.</translation>
    </message>
    <message>
        <source>SegNet</source>
        <translation>SegNet</translation>
    </message>
    <message>
        <source>Badrinarayanan et al. 2017: a VGG encoder whose max-pooling positions tell the decoder where to unpool.</source>
        <translation>Badrinarayanan et al. 2017 : un encodeur VGG dont les positions de max-pooling indiquent au décodeur où inverser le pooling.</translation>
    </message>
    <message>
        <source>DeepLabv3</source>
        <translation>DeepLabv3</translation>
    </message>
    <message>
        <source>Chen et al. 2017: atrous spatial pyramid pooling on a dilated backbone.</source>
        <translation>Chen et al. 2017 : un pooling pyramidal spatial à trous (ASPP) sur un réseau de base dilaté.</translation>
    </message>
    <message>
        <source>DeepLabv3+</source>
        <translation>DeepLabv3+</translation>
    </message>
    <message>
        <source>Chen et al. 2018: atrous spatial pyramid pooling on a dilated backbone, and a decoder that sharpens borders with stride-4 features.</source>
        <translation>Chen et al. 2018 : un pooling pyramidal spatial à trous (ASPP) sur un réseau de base dilaté, et un décodeur qui affine les contours avec les caractéristiques de pas 4.</translation>
    </message>
    <message>
        <source>PSPNet</source>
        <translation>PSPNet</translation>
    </message>
    <message>
        <source>Zhao et al. 2017: pyramid pooling over 1, 2, 3 and 6 bins gives every pixel the context of its region and of the whole image.</source>
        <translation>Zhao et al. 2017 : un pooling pyramidal sur 1, 2, 3 et 6 cases donne à chaque pixel le contexte de sa région et de l&apos;image entière.</translation>
    </message>
    <message>
        <source>RefineNet (light-weight)</source>
        <translation>RefineNet (allégé)</translation>
    </message>
    <message>
        <source>Lin et al. 2017: the deepest features refined step by step with finer ones: residual convolution units, multi-resolution fusion and chained residual pooling.</source>
        <translation>Lin et al. 2017 : les caractéristiques les plus profondes affinées pas à pas par des plus fines : unités de convolution résiduelles, fusion multirésolution et pooling résiduel chaîné.</translation>
    </message>
    <message>
        <source>HRNet (W18-small style)</source>
        <translation>HRNet (style W18-small)</translation>
    </message>
    <message>
        <source>Wang et al. 2020: branches at four resolutions run side by side and exchange features after every stage, so a high-resolution branch is kept all the way.</source>
        <translation>Wang et al. 2020 : des branches à quatre résolutions s&apos;exécutent côte à côte et échangent leurs caractéristiques après chaque étage, si bien qu&apos;une branche à haute résolution est conservée de bout en bout.</translation>
    </message>
    <message>
        <source>SegFormer (MiT-B0 style)</source>
        <translation>SegFormer (style MiT-B0)</translation>
    </message>
    <message>
        <source>Xie et al. 2021: a hierarchical transformer encoder with efficient self-attention and overlapping patch embeddings, and a light all-MLP decoder.</source>
        <translation>Xie et al. 2021 : un encodeur transformeur hiérarchique avec une auto-attention efficace et des plongements de patchs chevauchants, et un décodeur léger entièrement MLP.</translation>
    </message>
    <message>
        <source>FC-EF (change detection)</source>
        <translation>FC-EF (détection de changements)</translation>
    </message>
    <message>
        <source>Daudt et al. 2018: a U-Net-like network on the before and after images stacked as one 6-channel input (early fusion).</source>
        <translation>Daudt et al. 2018 : un réseau de type U-Net sur les images avant et après empilées en une seule entrée à 6 canaux (fusion précoce).</translation>
    </message>
    <message>
        <source>FC-Siam-conc (change detection)</source>
        <translation>FC-Siam-conc (détection de changements)</translation>
    </message>
    <message>
        <source>Daudt et al. 2018: one encoder with shared weights on each image; the decoder sees both encodings side by side.</source>
        <translation>Daudt et al. 2018 : un encodeur à poids partagés sur chaque image ; le décodeur voit les deux encodages côte à côte.</translation>
    </message>
    <message>
        <source>FC-Siam-diff (change detection)</source>
        <translation>FC-Siam-diff (détection de changements)</translation>
    </message>
    <message>
        <source>Daudt et al. 2018: one encoder with shared weights on each image; the decoder sees the absolute difference of the encodings.</source>
        <translation>Daudt et al. 2018 : un encodeur à poids partagés sur chaque image ; le décodeur voit la différence absolue des encodages.</translation>
    </message>
</context>
<context>
    <name>ModelText</name>
    <message>
        <source>%1 or %2</source>
        <translation>%1 ou %2</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>%1, a multiple of %2</source>
        <translation>%1, un multiple de %2</translation>
    </message>
    <message>
        <source>%1 (0: %2)</source>
        <translation>%1 (0 : %2)</translation>
    </message>
    <message>
        <source>on or off</source>
        <translation>activé ou désactivé</translation>
    </message>
    <message>
        <source>Measured with %5 threads: %1 M parameters, %2 GMACs at 256x256, trains %3 images/s (128x128), predicts a 512x512 image in %4 ms</source>
        <translation>Mesuré avec %5 fils d&apos;exécution : %1 M paramètres, %2 GMACs en 256x256, entraîne %3 images/s (128x128), prédit une image 512x512 en %4 ms</translation>
    </message>
    <message>
        <source>%1; validation mIoU not measured yet.</source>
        <translation>%1 ; mIoU de validation pas encore mesuré.</translation>
    </message>
    <message>
        <source>the demo</source>
        <translation>la démo</translation>
    </message>
    <message>
        <source>synthetic change pairs</source>
        <translation>des paires de changement synthétiques</translation>
    </message>
    <message numerus="yes">
        <source>%1; validation mIoU %2 on %3 after %4 minutes of training (%n epoch(s)).</source>
        <translation>
            <numerusform>%1 ; mIoU de validation %2 sur %3 après %4 minutes d&apos;entraînement (%n époque).</numerusform>
            <numerusform>%1 ; mIoU de validation %2 sur %3 après %4 minutes d&apos;entraînement (%n époques).</numerusform>
        </translation>
    </message>
    <message>
        <source>on</source>
        <translation>activé</translation>
    </message>
    <message>
        <source>off</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>Not measured yet in the model zoo.</source>
        <translation>Pas encore mesuré dans le zoo de modèles.</translation>
    </message>
    <message>
        <source>%1 M parameters · %2 GMACs · trains %3 img/s · %4 ms per 512² image</source>
        <translation>%1 M paramètres · %2 GMACs · entraîne %3 img/s · %4 ms par image 512²</translation>
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
        <translation>Prédit les masques d&apos;une image ou d&apos;un dossier d&apos;images et les écrit en PNG à palette
nommés d&apos;après les images (et, avec --overlay, les images avec le masque superposé, dans le
dossier overlays de --out, à part des masques).
Un modèle de détection de changements prend des paires d&apos;images : --input est alors l&apos;image
(ou le dossier) avant et --after l&apos;image après (ou un dossier dont les images s&apos;apparient
par nom à celles de --input).
Les images plus grandes que la taille des tuiles sont prédites par tuiles chevauchantes.</translation>
    </message>
    <message>
        <source>A checkpoint (best.pt or last.pt of a run) or a TorchScript model.</source>
        <translation>Un point de contrôle (best.pt ou last.pt d&apos;une session) ou un modèle TorchScript.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>An image, or a folder of images.</source>
        <translation>Une image, ou un dossier d&apos;images.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>chemin</translation>
    </message>
    <message>
        <source>Change detection: the after image, or a folder of after images named as --input&apos;s.</source>
        <translation>Détection de changements : l&apos;image après, ou un dossier d&apos;images après nommées comme celles de --input.</translation>
    </message>
    <message>
        <source>Folder for the masks (created if missing).</source>
        <translation>Dossier des masques (créé s&apos;il n&apos;existe pas).</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>dossier</translation>
    </message>
    <message>
        <source>Also write overlays/&lt;name&gt;_overlay.png inside --out: the image with the mask blended in.</source>
        <translation>Écrire aussi overlays/&lt;nom&gt;_overlay.png dans --out : l&apos;image avec le masque superposé.</translation>
    </message>
    <message>
        <source>Tile size for large images (default 512).</source>
        <translation>Taille des tuiles pour les grandes images (512 par défaut).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>--checkpoint, --input and --out are required</source>
        <translation>--checkpoint, --input et --out sont obligatoires</translation>
    </message>
    <message>
        <source>this model compares image pairs: give the after images with --after</source>
        <translation>ce modèle compare des paires d&apos;images : donnez les images après avec --after</translation>
    </message>
    <message>
        <source>--after is for change detection models; this one predicts single images</source>
        <translation>--after est réservé aux modèles de détection de changements ; celui-ci prédit des images seules</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>avertissement : %1</translation>
    </message>
    <message>
        <source>Wrote %1 masks to %2</source>
        <translation>%1 masques écrits dans %2</translation>
    </message>
</context>
<context>
    <name>ProcessLauncher</name>
    <message>
        <source>No free port on the loopback interface for the processes to meet on</source>
        <translation>Aucun port libre sur l&apos;interface de bouclage pour que les processus s&apos;y rejoignent</translation>
    </message>
    <message>
        <source>Could not start training process %1: %2</source>
        <translation>Impossible de démarrer le processus d&apos;entraînement %1 : %2</translation>
    </message>
</context>
<context>
    <name>RunsCommand</name>
    <message>
        <source>Lists a project&apos;s training runs (runs/&lt;id&gt;/) with their model, epochs and best validation mIoU, as the window&apos;s Runs list does.</source>
        <translation>Liste les sessions d&apos;entraînement d&apos;un projet (runs/&lt;id&gt;/) avec leur modèle, leurs époques et leur meilleur mIoU de validation, comme la liste Sessions de la fenêtre.</translation>
    </message>
    <message>
        <source>Project folder or project.json.</source>
        <translation>Dossier du projet ou project.json.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>dossier</translation>
    </message>
    <message>
        <source>--data is required</source>
        <translation>--data est obligatoire</translation>
    </message>
    <message>
        <source>No runs in %1</source>
        <translation>Aucune session dans %1</translation>
    </message>
    <message>
        <source>run</source>
        <translation>session</translation>
    </message>
    <message>
        <source>model</source>
        <translation>modèle</translation>
    </message>
    <message>
        <source>epochs</source>
        <translation>époques</translation>
    </message>
    <message>
        <source>best mIoU</source>
        <translation>meilleur mIoU</translation>
    </message>
    <message>
        <source>resumable</source>
        <translation>reprise possible</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>avertissement : %1</translation>
    </message>
</context>
<context>
    <name>RuntimeText</name>
    <message numerus="yes">
        <source>CUDA: %n device(s) usable</source>
        <translation>
            <numerusform>CUDA : %n périphérique utilisable</numerusform>
            <numerusform>CUDA : %n périphériques utilisables</numerusform>
        </translation>
    </message>
    <message>
        <source>CUDA: built in, but no usable device</source>
        <translation>CUDA : intégré, mais aucun périphérique utilisable</translation>
    </message>
    <message>
        <source>CUDA: not available (this LibTorch is built for the CPU only)</source>
        <translation>CUDA : non disponible (cette version de LibTorch est compilée pour le CPU uniquement)</translation>
    </message>
    <message>
        <source>Qt %1, LibTorch %2 (oneDNN %3), OpenCV %4</source>
        <translation>Qt %1, LibTorch %2 (oneDNN %3), OpenCV %4</translation>
    </message>
    <message>
        <source>CPU features: %1; LibTorch&apos;s own kernels use %2</source>
        <translation>Fonctionnalités du CPU : %1 ; les noyaux propres de LibTorch utilisent %2</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Threads: %1 of %2 hardware threads</source>
        <translation>Fils d&apos;exécution : %1 sur %2 fils matériels</translation>
    </message>
    <message>
        <source>Licence: GNU General Public License, version 3 or later</source>
        <translation>Licence : GNU General Public License, version 3 ou ultérieure</translation>
    </message>
</context>
<context>
    <name>ScissorsTool</name>
    <message>
        <source>Intelligent scissors</source>
        <translation>Ciseaux intelligents</translation>
    </message>
    <message>
        <source>Scissors fill</source>
        <translation>Remplissage aux ciseaux</translation>
    </message>
</context>
<context>
    <name>ScoreCommand</name>
    <message>
        <source>Scored %1 mask pairs, %2 pixels</source>
        <translation>%1 paires de masques évaluées, %2 pixels</translation>
    </message>
    <message>
        <source>Classes were inferred from the mask values; give --classes to name them.</source>
        <translation>Les classes ont été déduites des valeurs des masques ; donnez --classes pour les nommer.</translation>
    </message>
    <message>
        <source>Scores predicted masks against ground-truth masks paired by file name: per-class
IoU, Dice, accuracy and precision; pixel accuracy, mean class accuracy, mIoU,
frequency-weighted IoU and mean Dice. Pixels marked 255 in the ground truth are ignored.</source>
        <translation>Évalue des masques prédits par rapport à des masques de vérité terrain appariés par
nom de fichier : IoU, Dice, exactitude et précision par classe ; exactitude pixel,
exactitude moyenne par classe, mIoU, IoU pondéré par fréquence et Dice moyen. Les pixels
marqués 255 dans la vérité terrain sont ignorés.</translation>
    </message>
    <message>
        <source>Folder of predicted masks.</source>
        <translation>Dossier des masques prédits.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>dossier</translation>
    </message>
    <message>
        <source>Folder of ground-truth masks.</source>
        <translation>Dossier des masques de vérité terrain.</translation>
    </message>
    <message>
        <source>labels.txt or classes.json naming the classes (needed for colour masks).</source>
        <translation>labels.txt ou classes.json nommant les classes (nécessaire pour les masques en couleur).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>Print the scores as JSON.</source>
        <translation>Afficher les scores au format JSON.</translation>
    </message>
    <message>
        <source>Fail on the first missing or unreadable mask instead of skipping it.</source>
        <translation>Échouer au premier masque manquant ou illisible au lieu de l&apos;ignorer.</translation>
    </message>
    <message>
        <source>--pred and --gt are required</source>
        <translation>--pred et --gt sont obligatoires</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>argument inattendu « %1 »</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>avertissement : %1</translation>
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
        <translation>Remplace les masques d&apos;entraînement d&apos;un projet par des gribouillis de ceux-ci, tels qu&apos;un
annotateur pressé les peindrait : un trait à travers chaque objet et quelques-uns à travers
le fond, le reste non annoté. Les masques de validation restent complets, si bien que les
sessions sont évaluées par rapport à la vérité terrain complète. Pour mesurer ce qu&apos;apprennent
des annotations éparses, sur un projet neuf :
  segstudio-cli demo --out demo5 &amp;&amp; segstudio-cli scribble demo5 --fraction 0.05</translation>
    </message>
    <message>
        <source>The project (folder or project.json).</source>
        <translation>Le projet (dossier ou project.json).</translation>
    </message>
    <message>
        <source>Share of each image&apos;s pixels the scribbles cover, above 0 up to 1 (default %1); strokes widen until they reach it.</source>
        <translation>Part des pixels de chaque image couverte par les gribouillis, supérieure à 0 et jusqu&apos;à 1 (%1 par défaut) ; les traits s&apos;élargissent jusqu&apos;à l&apos;atteindre.</translation>
    </message>
    <message>
        <source>f</source>
        <translation>f</translation>
    </message>
    <message>
        <source>Strokes across the background of each image (default %1).</source>
        <translation>Traits à travers le fond de chaque image (%1 par défaut).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Random seed (default %1).</source>
        <translation>Graine aléatoire (%1 par défaut).</translation>
    </message>
    <message>
        <source>k</source>
        <translation>k</translation>
    </message>
    <message>
        <source>give one project</source>
        <translation>donnez un seul projet</translation>
    </message>
    <message numerus="yes">
        <source>Scribbled %n training masks into %1: %2% of their pixels labelled, strokes %3 to %4 px wide</source>
        <translation>
            <numerusform>%n masque d&apos;entraînement réduit en gribouillis dans %1 : %2% de ses pixels annotés, traits de %3 à %4 px de large</numerusform>
            <numerusform>%n masques d&apos;entraînement réduits en gribouillis dans %1 : %2% de leurs pixels annotés, traits de %3 à %4 px de large</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShapeTool</name>
    <message>
        <source>Lasso fill</source>
        <translation>Remplissage au lasso</translation>
    </message>
    <message>
        <source>Polygon fill</source>
        <translation>Remplissage par polygone</translation>
    </message>
</context>
<context>
    <name>StrokeTool</name>
    <message>
        <source>Erase</source>
        <translation>Effacement</translation>
    </message>
    <message>
        <source>Brush stroke</source>
        <translation>Coup de pinceau</translation>
    </message>
</context>
<context>
    <name>SuperpixelTool</name>
    <message>
        <source>Superpixel fill</source>
        <translation>Remplissage par superpixel</translation>
    </message>
    <message>
        <source>Superpixels</source>
        <translation>Superpixels</translation>
    </message>
</context>
<context>
    <name>SynthCommand</name>
    <message>
        <source>Writes the synthetic-shapes demo dataset (images/, masks/, classes.json, labels.txt):
circles, rectangles, triangles and ellipses with masks of their kind.</source>
        <translation>Écrit le jeu de données de démonstration de formes synthétiques (images/, masks/,
classes.json, labels.txt) : cercles, rectangles, triangles et ellipses avec les masques de
leur type.</translation>
    </message>
    <message>
        <source>Folder to write the dataset into (created if missing).</source>
        <translation>Dossier où écrire le jeu de données (créé s&apos;il n&apos;existe pas).</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>dossier</translation>
    </message>
    <message>
        <source>Number of images (default 500).</source>
        <translation>Nombre d&apos;images (500 par défaut).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Image size: S or WxH, 16 to 8192 (default 128).</source>
        <translation>Taille des images : S ou LxH, de 16 à 8192 (128 par défaut).</translation>
    </message>
    <message>
        <source>size</source>
        <translation>taille</translation>
    </message>
    <message>
        <source>Random seed; the same seed gives the same dataset (default 1).</source>
        <translation>Graine aléatoire ; la même graine donne le même jeu de données (1 par défaut).</translation>
    </message>
    <message>
        <source>k</source>
        <translation>k</translation>
    </message>
    <message>
        <source>Gaussian pixel noise sigma, 0 to 64 (default 6).</source>
        <translation>Sigma du bruit gaussien des pixels, de 0 à 64 (6 par défaut).</translation>
    </message>
    <message>
        <source>sigma</source>
        <translation>sigma</translation>
    </message>
    <message>
        <source>Write change-detection pairs instead, in the LEVIR-CD layout (A/, B/, label/): shapes appear, vanish and move between the two images while their colours drift.</source>
        <translation>Écrire plutôt des paires de détection de changements, dans la structure LEVIR-CD (A/, B/, label/) : des formes apparaissent, disparaissent et se déplacent entre les deux images tandis que leurs couleurs dérivent.</translation>
    </message>
    <message>
        <source>With --change: how far the after image&apos;s colours drift, 0 to 1 (default %1).</source>
        <translation>Avec --change : dérive des couleurs de l&apos;image après, de 0 à 1 (%1 par défaut).</translation>
    </message>
    <message>
        <source>d</source>
        <translation>d</translation>
    </message>
    <message>
        <source>--out is required</source>
        <translation>--out est obligatoire</translation>
    </message>
    <message>
        <source>--size must be S or WxH with sides from 16 to 8192 (got &apos;%1&apos;)</source>
        <translation>--size doit être S ou LxH avec des côtés de 16 à 8192 (reçu « %1 »)</translation>
    </message>
    <message>
        <source>--drift needs --change</source>
        <translation>--drift nécessite --change</translation>
    </message>
    <message>
        <source>synth: %1/%2 pairs</source>
        <translation>synth : %1/%2 paires</translation>
    </message>
    <message>
        <source>synth: %1/%2 images</source>
        <translation>synth : %1/%2 images</translation>
    </message>
    <message>
        <source>Wrote %1 image pairs of %2x%3 with change masks to %4</source>
        <translation>%1 paires d&apos;images de %2x%3 avec masques de changement écrites dans %4</translation>
    </message>
    <message>
        <source>Wrote %1 images of %2x%3 with masks to %4</source>
        <translation>%1 images de %2x%3 avec masques écrites dans %4</translation>
    </message>
</context>
<context>
    <name>TimeLeft</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>%1, about %2 left</source>
        <translation>%1, environ %2 restant(s)</translation>
    </message>
</context>
<context>
    <name>TrainCommand</name>
    <message>
        <source>Trains a segmentation model on a dataset or project. Writes the run folder:
config.json, metrics.csv, log.txt, checkpoints/last.pt and best.pt.
Ctrl-C or SIGTERM stops after the current iteration and keeps a checkpoint to --resume from; SIGUSR1 pauses and SIGUSR2 continues.</source>
        <translation>Entraîne un modèle de segmentation sur un jeu de données ou un projet. Écrit le dossier de
session : config.json, metrics.csv, log.txt, checkpoints/last.pt et best.pt.
Ctrl-C ou SIGTERM arrête après l&apos;itération en cours et garde un point de contrôle pour
--resume ; SIGUSR1 met en pause et SIGUSR2 reprend.</translation>
    </message>
    <message>
        <source>Dataset folder or project (folder or project.json).</source>
        <translation>Dossier du jeu de données ou projet (dossier ou project.json).</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>dossier</translation>
    </message>
    <message>
        <source>Run folder to create (or continue, with --resume).</source>
        <translation>Dossier de session à créer (ou à poursuivre, avec --resume).</translation>
    </message>
    <message>
        <source>Continue from a checkpoint (its run&apos;s last.pt).</source>
        <translation>Poursuivre à partir d&apos;un point de contrôle (le last.pt de sa session).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>Start from a config.json (options below override it).</source>
        <translation>Partir d&apos;un config.json (les options ci-dessous priment sur son contenu).</translation>
    </message>
    <message>
        <source>Start the backbone from these weights: a SegStudio checkpoint or a PyTorch state dict (torchvision&apos;s ResNet names work).</source>
        <translation>Initialiser le réseau de base avec ces poids : un point de contrôle SegStudio ou un state dict PyTorch (les noms ResNet de torchvision fonctionnent).</translation>
    </message>
    <message>
        <source>Epochs to train.</source>
        <translation>Nombre d&apos;époques d&apos;entraînement.</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Batch size.</source>
        <translation>Taille de lot.</translation>
    </message>
    <message>
        <source>Square training crop in pixels; 0 trains on whole images.</source>
        <translation>Recadrage d&apos;entraînement carré en pixels ; 0 entraîne sur les images entières.</translation>
    </message>
    <message>
        <source>Learning rate.</source>
        <translation>Taux d&apos;apprentissage.</translation>
    </message>
    <message>
        <source>rate</source>
        <translation>taux</translation>
    </message>
    <message>
        <source>adam, adamw or sgd.</source>
        <translation>adam, adamw ou sgd.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>Weight decay.</source>
        <translation>Décroissance des poids.</translation>
    </message>
    <message>
        <source>w</source>
        <translation>p</translation>
    </message>
    <message>
        <source>ce, dice, ce_dice, focal or lovasz.</source>
        <translation>ce, dice, ce_dice, focal ou lovasz.</translation>
    </message>
    <message>
        <source>Cross-entropy weight per class, comma-separated, e.g. 0.5,1,1.</source>
        <translation>Poids d&apos;entropie croisée par classe, séparés par des virgules, p. ex. 0.5,1,1.</translation>
    </message>
    <message>
        <source>w,w,...</source>
        <translation>p,p,...</translation>
    </message>
    <message>
        <source>Cross-entropy label smoothing, 0 to 0.5.</source>
        <translation>Lissage des étiquettes de l&apos;entropie croisée, de 0 à 0.5.</translation>
    </message>
    <message>
        <source>s</source>
        <translation>i</translation>
    </message>
    <message>
        <source>Focal loss focusing parameter.</source>
        <translation>Paramètre de focalisation de la perte focale.</translation>
    </message>
    <message>
        <source>g</source>
        <translation>g</translation>
    </message>
    <message>
        <source>ce_dice: weight of the Dice term.</source>
        <translation>ce_dice : poids du terme Dice.</translation>
    </message>
    <message>
        <source>For scribbled (partial) masks: weight of the dense-CRF regularised loss (Tang et al. 2018), which spreads labels up to the image&apos;s edges; 0 is off (default).</source>
        <translation>Pour les masques en gribouillis (partiels) : poids de la perte régularisée par CRF dense (Tang et al. 2018), qui étend les annotations jusqu&apos;aux contours présents dans l&apos;image ; 0 la désactive (par défaut).</translation>
    </message>
    <message>
        <source>The CRF loss kernel&apos;s width in pixels (%1).</source>
        <translation>Largeur du noyau de la perte CRF en pixels (%1).</translation>
    </message>
    <message>
        <source>px</source>
        <translation>px</translation>
    </message>
    <message>
        <source>The CRF loss kernel&apos;s width in intensity levels (%1).</source>
        <translation>Largeur du noyau de la perte CRF en niveaux d&apos;intensité (%1).</translation>
    </message>
    <message>
        <source>levels</source>
        <translation>niveaux</translation>
    </message>
    <message>
        <source>poly, cosine, step or constant.</source>
        <translation>poly, cosine, step ou constant.</translation>
    </message>
    <message>
        <source>Linear warm-up iterations.</source>
        <translation>Itérations d&apos;échauffement linéaire.</translation>
    </message>
    <message>
        <source>Random scale range, e.g. 0.75,1.5.</source>
        <translation>Plage d&apos;échelle aléatoire, p. ex. 0.75,1.5.</translation>
    </message>
    <message>
        <source>min,max</source>
        <translation>min,max</translation>
    </message>
    <message>
        <source>Random rotation up to this many degrees.</source>
        <translation>Rotation aléatoire jusqu&apos;à ce nombre de degrés.</translation>
    </message>
    <message>
        <source>deg</source>
        <translation>degrés</translation>
    </message>
    <message>
        <source>Colour jitter strength (brightness, contrast, saturation), 0 to 1.</source>
        <translation>Intensité de la perturbation des couleurs (luminosité, contraste, saturation), de 0 à 1.</translation>
    </message>
    <message>
        <source>Adversarial training (Luc et al. 2016): a discriminator learns to tell ground truth from predictions, and the model learns to fool it.</source>
        <translation>Entraînement antagoniste (Luc et al. 2016) : un discriminateur apprend à distinguer la vérité terrain des prédictions, et le modèle apprend à le tromper.</translation>
    </message>
    <message>
        <source>Weight of the adversarial term next to the segmentation loss (%1).</source>
        <translation>Poids du terme antagoniste par rapport à la perte de segmentation (%1).</translation>
    </message>
    <message>
        <source>The discriminator&apos;s learning rate (%1).</source>
        <translation>Taux d&apos;apprentissage du discriminateur (%1).</translation>
    </message>
    <message>
        <source>No random horizontal flips.</source>
        <translation>Pas de retournements horizontaux aléatoires.</translation>
    </message>
    <message>
        <source>Random vertical flips too (for data without an up and down).</source>
        <translation>Retournements verticaux aléatoires aussi (pour des données sans haut ni bas).</translation>
    </message>
    <message>
        <source>LibTorch threads (%1).</source>
        <translation>Fils d&apos;exécution LibTorch (%1).</translation>
    </message>
    <message>
        <source>all cores</source>
        <translation>tous les cœurs</translation>
    </message>
    <message>
        <source>Random seed.</source>
        <translation>Graine aléatoire.</translation>
    </message>
    <message>
        <source>k</source>
        <translation>k</translation>
    </message>
    <message>
        <source>auto, cpu or cuda.</source>
        <translation>auto, cpu ou cuda.</translation>
    </message>
    <message>
        <source>Data-parallel training in this many processes on this machine, each with --batch images a step (set --threads to share the cores). Started by torchrun, srun or another launcher, the processes read RANK, WORLD_SIZE, LOCAL_RANK, MASTER_ADDR and MASTER_PORT instead.</source>
        <translation>Entraînement à parallélisme de données dans ce nombre de processus sur cette machine, chacun avec --batch images par pas (réglez --threads pour partager les cœurs). Lancés par torchrun, srun ou un autre lanceur, les processus lisent plutôt RANK, WORLD_SIZE, LOCAL_RANK, MASTER_ADDR et MASTER_PORT.</translation>
    </message>
    <message>
        <source>Data-parallel communication: gloo (CPU) or nccl (CUDA).</source>
        <translation>Communication du parallélisme de données : gloo (CPU) ou nccl (CUDA).</translation>
    </message>
    <message>
        <source>Validation share when the dataset has no split files (%1).</source>
        <translation>Part de validation quand le jeu de données n&apos;a pas de fichiers de partition (%1).</translation>
    </message>
    <message>
        <source>f</source>
        <translation>f</translation>
    </message>
    <message>
        <source>--data is required</source>
        <translation>--data est obligatoire</translation>
    </message>
    <message>
        <source>--out is required (or --resume a checkpoint)</source>
        <translation>--out est obligatoire (ou --resume avec un point de contrôle)</translation>
    </message>
    <message>
        <source>--adversarial-weight and --discriminator-lr need --adversarial</source>
        <translation>--adversarial-weight et --discriminator-lr nécessitent --adversarial</translation>
    </message>
    <message>
        <source>--scale takes two numbers, e.g. 0.75,1.5</source>
        <translation>--scale prend deux nombres, p. ex. 0.75,1.5</translation>
    </message>
    <message>
        <source>--class-weights takes numbers, e.g. 0.5,1,1</source>
        <translation>--class-weights prend des nombres, p. ex. 0.5,1,1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>avertissement : %1</translation>
    </message>
    <message>
        <source>--backend is gloo or nccl</source>
        <translation>--backend doit être gloo ou nccl</translation>
    </message>
    <message>
        <source>Finished: best mIoU %1 at epoch %2; checkpoints in %3</source>
        <translation>Terminé : meilleur mIoU %1 à l&apos;époque %2 ; points de contrôle dans %3</translation>
    </message>
    <message>
        <source>Stopped after %1 complete epochs. Continue with: --resume %2</source>
        <translation>Arrêté après %1 époques complètes. Pour poursuivre : --resume %2</translation>
    </message>
    <message>
        <source>rank %1: </source>
        <translation>rang %1 : </translation>
    </message>
    <message>
        <source>Training failed: %1</source>
        <translation>Échec de l&apos;entraînement : %1</translation>
    </message>
</context>
<context>
    <name>seg::ui::Annotator</name>
    <message>
        <source>&lt;opened&gt;</source>
        <translation>&lt;ouverture&gt;</translation>
    </message>
    <message>
        <source>Pre-label with model</source>
        <translation>Pré-annotation par modèle</translation>
    </message>
    <message>
        <source>Pre-labelled %1 with %2: correct what is wrong.</source>
        <translation>Pré-annotation de %1 avec %2 terminée : corrigez ce qui est faux.</translation>
    </message>
    <message>
        <source>Painting Tools</source>
        <translation>Outils de peinture</translation>
    </message>
    <message>
        <source>Painting Options</source>
        <translation>Options de peinture</translation>
    </message>
    <message>
        <source>Brush</source>
        <translation>Pinceau</translation>
    </message>
    <message>
        <source>Paint the current class; Shift+click draws a straight line</source>
        <translation>Peindre la classe courante ; Maj+clic trace une ligne droite</translation>
    </message>
    <message>
        <source>Eraser</source>
        <translation>Gomme</translation>
    </message>
    <message>
        <source>Make pixels unlabelled again</source>
        <translation>Remettre des pixels à l&apos;état non annoté</translation>
    </message>
    <message>
        <source>Fill</source>
        <translation>Remplissage</translation>
    </message>
    <message>
        <source>Fill the region of similar colour under the click</source>
        <translation>Remplir la zone de couleur semblable sous le clic</translation>
    </message>
    <message>
        <source>Polygon</source>
        <translation>Polygone</translation>
    </message>
    <message>
        <source>Click the corners; double-click or Enter fills</source>
        <translation>Cliquez sur les sommets ; un double-clic ou Entrée remplit</translation>
    </message>
    <message>
        <source>Lasso</source>
        <translation>Lasso</translation>
    </message>
    <message>
        <source>Drag around an area to fill it</source>
        <translation>Faites glisser autour d&apos;une zone pour la remplir</translation>
    </message>
    <message>
        <source>Rectangle</source>
        <translation>Rectangle</translation>
    </message>
    <message>
        <source>Drag to fill a rectangle</source>
        <translation>Faites glisser pour remplir un rectangle</translation>
    </message>
    <message>
        <source>Pick Class</source>
        <translation>Pipette de classe</translation>
    </message>
    <message>
        <source>Click a pixel to paint with its class (or Alt+click with any tool)</source>
        <translation>Cliquez sur un pixel pour peindre avec sa classe (ou Alt+clic avec n&apos;importe quel outil)</translation>
    </message>
    <message>
        <source>GrabCut</source>
        <translation>GrabCut</translation>
    </message>
    <message>
        <source>Drag a box around an object; labels inside the box guide it (the current class as object, others as background)</source>
        <translation>Tracez un cadre autour d&apos;un objet ; les annotations présentes dans le cadre guident la segmentation (la classe courante comme objet, les autres comme fond)</translation>
    </message>
    <message>
        <source>Superpixel</source>
        <translation>Superpixel</translation>
    </message>
    <message>
        <source>Click to fill the superpixel (a patch of similar colour) under the cursor</source>
        <translation>Cliquez pour remplir le superpixel (une zone de couleur semblable) sous le curseur</translation>
    </message>
    <message>
        <source>Scissors</source>
        <translation>Ciseaux</translation>
    </message>
    <message>
        <source>Click points along an object&apos;s edge; the path follows the edges; double-click closes and fills</source>
        <translation>Cliquez sur des points le long du bord d&apos;un objet ; le tracé suit les contours ; un double-clic ferme et remplit</translation>
    </message>
    <message>
        <source>Accept in Box</source>
        <translation>Accepter dans un cadre</translation>
    </message>
    <message>
        <source>Live mode: drag a box; the live prediction fills the unlabelled pixels inside it</source>
        <translation>Mode en direct : tracez un cadre ; la prédiction en direct remplit les pixels non annotés qu&apos;il contient</translation>
    </message>
    <message>
        <source> Size </source>
        <translation> Taille </translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Brush size: [ and ], or Ctrl+wheel</source>
        <translation>Taille du pinceau : [ et ], ou Ctrl+molette</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Rond</translation>
    </message>
    <message>
        <source>Square</source>
        <translation>Carré</translation>
    </message>
    <message>
        <source> Paint over </source>
        <translation> Peindre sur </translation>
    </message>
    <message>
        <source>anything</source>
        <translation>tout</translation>
    </message>
    <message>
        <source>unlabelled only</source>
        <translation>non annotés seulement</translation>
    </message>
    <message>
        <source>the picked class only</source>
        <translation>la classe choisie seulement</translation>
    </message>
    <message>
        <source>Which pixels strokes and fills may change</source>
        <translation>Quels pixels les traits et les remplissages peuvent modifier</translation>
    </message>
    <message>
        <source> Tolerance </source>
        <translation> Tolérance </translation>
    </message>
    <message>
        <source>Fill: how far a colour may be from the clicked pixel&apos;s</source>
        <translation>Remplissage : écart de couleur permis par rapport au pixel cliqué</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Fill Unlabelled with Current Class</source>
        <translation>Remplir les pixels non annotés avec la classe courante</translation>
    </message>
    <message>
        <source>Replace Class...</source>
        <translation>Remplacer une classe...</translation>
    </message>
    <message>
        <source>Turn every pixel of one class into another in this mask</source>
        <translation>Réattribuer tous les pixels d&apos;une classe à une autre classe dans ce masque</translation>
    </message>
    <message>
        <source>Replace Class</source>
        <translation>Remplacer une classe</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Remplacer</translation>
    </message>
    <message>
        <source>with</source>
        <translation>par</translation>
    </message>
    <message>
        <source>Pre-label with Model</source>
        <translation>Pré-annoter avec un modèle</translation>
    </message>
    <message>
        <source>Run a trained model on this image; its prediction fills the unlabelled pixels</source>
        <translation>Exécuter un modèle entraîné sur cette image ; sa prédiction remplit les pixels non annotés</translation>
    </message>
    <message>
        <source>Grow Labels to Edges</source>
        <translation>Étendre les annotations jusqu&apos;aux contours</translation>
    </message>
    <message>
        <source>Watershed: every unlabelled pixel takes the class of the scribble that reaches it first along the image&apos;s edges</source>
        <translation>Ligne de partage des eaux : chaque pixel non annoté prend la classe du gribouillis qui l&apos;atteint en premier le long des contours de l&apos;image</translation>
    </message>
    <message>
        <source>Replace class</source>
        <translation>Remplacement de classe</translation>
    </message>
    <message>
        <source>Predicting %1 with %2...</source>
        <translation>Prédiction de %1 avec %2...</translation>
    </message>
    <message>
        <source>Scribble a few strokes of each class first.</source>
        <translation>Gribouillez d&apos;abord quelques traits de chaque classe.</translation>
    </message>
    <message>
        <source>Grow labels</source>
        <translation>Extension des annotations</translation>
    </message>
    <message>
        <source>Growing the labels of %1</source>
        <translation>Extension des annotations de %1</translation>
    </message>
    <message>
        <source>%1 stays open: its edits could not be saved.</source>
        <translation>L&apos;image %1 reste ouverte : ses modifications n&apos;ont pas pu être enregistrées.</translation>
    </message>
    <message>
        <source>Opening %1</source>
        <translation>Ouverture de %1</translation>
    </message>
    <message numerus="yes">
        <source>Recovered %n unsaved edit(s) of %1 from the autosave journal.</source>
        <translation>
            <numerusform>%n modification non enregistrée de %1 récupérée depuis le journal de sauvegarde automatique.</numerusform>
            <numerusform>%n modifications non enregistrées de %1 récupérées depuis le journal de sauvegarde automatique.</numerusform>
        </translation>
    </message>
    <message>
        <source>The mask of %1 was not saved: %2
Its edits are kept in the autosave journal and come back when the image is opened again.</source>
        <translation>Le masque de %1 n&apos;a pas été enregistré : %2
Ses modifications sont conservées dans le journal de sauvegarde automatique et seront restaurées à la prochaine ouverture de l&apos;image.</translation>
    </message>
    <message>
        <source>The mask of %1 was not saved: %2
The image stays open so that its edits are not lost; free the folder and save again.</source>
        <translation>Le masque de %1 n&apos;a pas été enregistré : %2
L&apos;image reste ouverte pour que ses modifications ne soient pas perdues ; libérez le dossier et enregistrez de nouveau.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Enregistré : %1</translation>
    </message>
    <message>
        <source>%1 has no labels left: it counts as unlabelled again.</source>
        <translation>L&apos;image %1 n&apos;a plus d&apos;annotations : elle compte de nouveau comme non annotée.</translation>
    </message>
    <message>
        <source>Fill unlabelled</source>
        <translation>Remplissage des pixels non annotés</translation>
    </message>
</context>
<context>
    <name>seg::ui::BatchPredictionDialog</name>
    <message>
        <source>Batch Prediction</source>
        <translation>Prédiction par lots</translation>
    </message>
    <message>
        <source> (mIoU %1)</source>
        <translation> (mIoU %1)</translation>
    </message>
    <message>
        <source>Other Model...</source>
        <translation>Autre modèle...</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Modèle :</translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation>Parcourir...</translation>
    </message>
    <message>
        <source>Choose a Folder</source>
        <translation>Choisir un dossier</translation>
    </message>
    <message>
        <source>Images (a folder, or one file):</source>
        <translation>Images (un dossier, ou un fichier) :</translation>
    </message>
    <message>
        <source>only for change detection models</source>
        <translation>uniquement pour les modèles de détection de changements</translation>
    </message>
    <message>
        <source>A change detection model compares two dates: the after image, or a folder of after images named as the images above</source>
        <translation>Un modèle de détection de changements compare deux dates : l&apos;image après, ou un dossier d&apos;images après nommées comme les images ci-dessus</translation>
    </message>
    <message>
        <source>After images (change pairs):</source>
        <translation>Images après (paires de changement) :</translation>
    </message>
    <message>
        <source>Masks to folder:</source>
        <translation>Dossier des masques :</translation>
    </message>
    <message>
        <source>Also write overlays (the image with its mask blended in)</source>
        <translation>Écrire aussi des superpositions (l&apos;image avec son masque superposé)</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Larger images are predicted in overlapping tiles of this size</source>
        <translation>Les images plus grandes sont prédites par tuiles chevauchantes de cette taille</translation>
    </message>
    <message>
        <source>Tile size:</source>
        <translation>Taille des tuiles :</translation>
    </message>
    <message>
        <source>Post-processing:</source>
        <translation>Post-traitement :</translation>
    </message>
    <message>
        <source>Predict</source>
        <translation>Prédire</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Choose a Model</source>
        <translation>Choisir un modèle</translation>
    </message>
    <message>
        <source>Models (*.pt *.pth *.torchscript);;All files (*)</source>
        <translation>Modèles (*.pt *.pth *.torchscript);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Stopped: wrote %1 of %2 masks to %3</source>
        <translation>Arrêté : %1 masques sur %2 écrits dans %3</translation>
    </message>
    <message>
        <source>Wrote %1 masks to %2</source>
        <translation>%1 masques écrits dans %2</translation>
    </message>
    <message>
        <source>Predicting %1</source>
        <translation>Prédiction de %1</translation>
    </message>
</context>
<context>
    <name>seg::ui::ChangeFoldersDialog</name>
    <message>
        <source>Folders of the Change Pairs</source>
        <translation>Dossiers des paires de changement</translation>
    </message>
    <message>
        <source>SegStudio does not recognise the layout of %1. If it holds change pairs (two images of the same place at two dates, matched by file name, and masks of what changed), choose its folders.</source>
        <translation>SegStudio ne reconnaît pas la structure de %1. S&apos;il contient des paires de changement (deux images du même lieu à deux dates, associées par nom de fichier, et des masques de ce qui a changé), choisissez ses dossiers.</translation>
    </message>
    <message>
        <source>(none: no labels yet)</source>
        <translation>(aucun : pas encore d&apos;annotations)</translation>
    </message>
    <message>
        <source>Before images:</source>
        <translation>Images avant :</translation>
    </message>
    <message>
        <source>After images:</source>
        <translation>Images après :</translation>
    </message>
    <message>
        <source>Change masks (0 unchanged, 255 change):</source>
        <translation>Masques de changement (0 inchangé, 255 changement) :</translation>
    </message>
    <message>
        <source>The folder needs at least two subfolders: the before and after images.</source>
        <translation>Le dossier doit contenir au moins deux sous-dossiers : les images avant et après.</translation>
    </message>
    <message>
        <source>The before and after images must be in different folders.</source>
        <translation>Les images avant et après doivent être dans des dossiers différents.</translation>
    </message>
    <message>
        <source>The change masks must be in a folder of their own.</source>
        <translation>Les masques de changement doivent être dans un dossier à part.</translation>
    </message>
</context>
<context>
    <name>seg::ui::ClassEditorDialog</name>
    <message>
        <source>Edit Classes</source>
        <translation>Modifier les classes</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Couleur</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>&amp;Descendre</translation>
    </message>
    <message>
        <source>Double-click to change the colour</source>
        <translation>Double-cliquez pour changer la couleur</translation>
    </message>
    <message>
        <source>class %1</source>
        <translation>classe %1</translation>
    </message>
    <message>
        <source>Colour of %1</source>
        <translation>Couleur de %1</translation>
    </message>
    <message>
        <source>Every mask keeps its meaning: masks are rewritten only if classes move.</source>
        <translation>Chaque masque garde son sens : les masques ne sont réécrits que si des classes changent de place.</translation>
    </message>
    <message numerus="yes">
        <source>%n removed class(es): their pixels become unlabelled in every mask.</source>
        <translation>
            <numerusform>%n classe supprimée : ses pixels deviennent non annotés dans chaque masque.</numerusform>
            <numerusform>%n classes supprimées : leurs pixels deviennent non annotés dans chaque masque.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>seg::ui::ClassFrequencyChart</name>
    <message>
        <source>Share, %</source>
        <translation>Part, %</translation>
    </message>
    <message>
        <source>Open a project to see how often each class occurs.</source>
        <translation>Ouvrez un projet pour voir la fréquence de chaque classe.</translation>
    </message>
    <message>
        <source>Counting class pixels...</source>
        <translation>Comptage des pixels par classe...</translation>
    </message>
    <message>
        <source>Counting class pixels</source>
        <translation>Comptage des pixels par classe</translation>
    </message>
    <message>
        <source>No labelled pixels yet.</source>
        <translation>Aucun pixel annoté pour l&apos;instant.</translation>
    </message>
    <message>
        <source>%1 labelled pixels; %2 unlabelled (ignored).</source>
        <translation>%1 pixels annotés ; %2 non annotés (ignorés).</translation>
    </message>
</context>
<context>
    <name>seg::ui::ClassNamesDialog</name>
    <message>
        <source>Classes of the New Project</source>
        <translation>Classes du nouveau projet</translation>
    </message>
    <message>
        <source>One class per line, background first. Pixels you do not paint stay unlabelled, so no class is needed for them. Project &gt; Edit Classes changes them later.</source>
        <translation>Une classe par ligne, le fond en premier. Les pixels que vous ne peignez pas restent non annotés : aucune classe n&apos;est nécessaire pour eux. Projet &gt; Modifier les classes permet de les changer plus tard.</translation>
    </message>
    <message>
        <source>background</source>
        <translation>fond</translation>
    </message>
    <message>
        <source>object</source>
        <translation>objet</translation>
    </message>
    <message>
        <source>Load labels.txt...</source>
        <translation>Charger labels.txt...</translation>
    </message>
    <message>
        <source>Load Class Names</source>
        <translation>Charger les noms des classes</translation>
    </message>
    <message>
        <source>Label lists (*.txt)</source>
        <translation>Listes d&apos;étiquettes (*.txt)</translation>
    </message>
    <message>
        <source>Name at least one class.</source>
        <translation>Nommez au moins une classe.</translation>
    </message>
    <message>
        <source>At most %1 classes.</source>
        <translation>%1 classes au maximum.</translation>
    </message>
    <message>
        <source>Each class needs its own name.</source>
        <translation>Chaque classe doit avoir son propre nom.</translation>
    </message>
</context>
<context>
    <name>seg::ui::ClassPalette</name>
    <message>
        <source>Unlabelled: %1 px</source>
        <translation>Non annotés : %1 px</translation>
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
        <translation>Modèles (en cocher jusqu&apos;à %1)</translation>
    </message>
    <message>
        <source>Add Model File...</source>
        <translation>Ajouter un fichier de modèle...</translation>
    </message>
    <message>
        <source>A SegStudio checkpoint or a TorchScript model saved from PyTorch</source>
        <translation>Un point de contrôle SegStudio ou un modèle TorchScript enregistré depuis PyTorch</translation>
    </message>
    <message>
        <source>Add a Model</source>
        <translation>Ajouter un modèle</translation>
    </message>
    <message>
        <source>Models (*.pt *.pth *.torchscript);;All files (*)</source>
        <translation>Modèles (*.pt *.pth *.torchscript);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>At most %1 models are compared at once</source>
        <translation>Au maximum %1 modèles sont comparés à la fois</translation>
    </message>
    <message>
        <source>This Image</source>
        <translation>Cette image</translation>
    </message>
    <message>
        <source>Validation Images</source>
        <translation>Images de validation</translation>
    </message>
    <message>
        <source>Validation Metrics</source>
        <translation>Métriques de validation</translation>
    </message>
    <message>
        <source>%1 knows other classes than this project: its metrics are not shown</source>
        <translation>Les classes de %1 diffèrent de celles de ce projet : ses métriques ne sont pas affichées</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Afficher :</translation>
    </message>
    <message>
        <source>Prediction</source>
        <translation>Prédiction</translation>
    </message>
    <message>
        <source>Errors against ground truth</source>
        <translation>Erreurs par rapport à la vérité terrain</translation>
    </message>
    <message>
        <source>Confidence (top probability)</source>
        <translation>Confiance (probabilité maximale)</translation>
    </message>
    <message>
        <source>Uncertainty (entropy)</source>
        <translation>Incertitude (entropie)</translation>
    </message>
    <message>
        <source>Probability of a class</source>
        <translation>Probabilité d&apos;une classe</translation>
    </message>
    <message>
        <source>Disagreement of two models</source>
        <translation>Désaccord entre deux modèles</translation>
    </message>
    <message>
        <source>The class whose probability is shown</source>
        <translation>La classe dont la probabilité est affichée</translation>
    </message>
    <message>
        <source>First model of the disagreement map</source>
        <translation>Premier modèle de la carte de désaccord</translation>
    </message>
    <message>
        <source>Second model of the disagreement map</source>
        <translation>Second modèle de la carte de désaccord</translation>
    </message>
    <message>
        <source>Opacity:</source>
        <translation>Opacité :</translation>
    </message>
    <message>
        <source>Ground truth outlines</source>
        <translation>Contours de la vérité terrain</translation>
    </message>
    <message>
        <source>Draw the ground truth&apos;s outlines over every model&apos;s pane</source>
        <translation>Dessiner les contours de la vérité terrain sur le volet de chaque modèle</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>Classes</translation>
    </message>
    <message>
        <source>Classes shown in the ground truth and the predictions</source>
        <translation>Classes affichées dans la vérité terrain et les prédictions</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajuster</translation>
    </message>
    <message>
        <source>Show the whole image in every pane</source>
        <translation>Afficher l&apos;image entière dans chaque volet</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Ground truth</source>
        <translation>Vérité terrain</translation>
    </message>
    <message>
        <source>Disagreement</source>
        <translation>Désaccord</translation>
    </message>
    <message>
        <source>Choose an image in the Images list</source>
        <translation>Choisissez une image dans la liste Images</translation>
    </message>
    <message>
        <source>Ground truth (none: the image is unlabelled)</source>
        <translation>Vérité terrain (aucune : l&apos;image n&apos;est pas annotée)</translation>
    </message>
    <message>
        <source>%1 (predicting...)</source>
        <translation>%1 (prédiction...)</translation>
    </message>
    <message>
        <source>%1 (loading...)</source>
        <translation>%1 (chargement...)</translation>
    </message>
    <message>
        <source>%1 (no ground truth to compare with)</source>
        <translation>%1 (aucune vérité terrain pour la comparaison)</translation>
    </message>
    <message>
        <source>Tick two models and choose two different ones above</source>
        <translation>Cochez deux modèles et choisissez-en deux différents ci-dessus</translation>
    </message>
    <message>
        <source>Disagreement: %1 vs %2</source>
        <translation>Désaccord : %1 contre %2</translation>
    </message>
    <message>
        <source>Waiting for both predictions...</source>
        <translation>En attente des deux prédictions...</translation>
    </message>
    <message>
        <source>Disagreement: %1 vs %2 (%3% of pixels differ)</source>
        <translation>Désaccord : %1 contre %2 (%3% des pixels diffèrent)</translation>
    </message>
    <message>
        <source>Pixel accuracy %</source>
        <translation>Exactitude pixel %</translation>
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
        <translation>Meilleur des modèles sur cette image</translation>
    </message>
    <message>
        <source>(0 sure, 1 a uniform guess)</source>
        <translation>(0 : certain, 1 : choix uniforme au hasard)</translation>
    </message>
    <message>
        <source>(probability)</source>
        <translation>(probabilité)</translation>
    </message>
    <message>
        <source>ignored</source>
        <translation>ignoré</translation>
    </message>
    <message>
        <source>x %1, y %2</source>
        <translation>x %1, y %2</translation>
    </message>
    <message>
        <source>ground truth: %1</source>
        <translation>vérité terrain : %1</translation>
    </message>
    <message>
        <source>%1: %2 (%3%)</source>
        <translation>%1 : %2 (%3%)</translation>
    </message>
    <message>
        <source> (mIoU %1)</source>
        <translation> (mIoU %1)</translation>
    </message>
    <message>
        <source>At most %1 models are compared at once: untick one first</source>
        <translation>Au maximum %1 modèles sont comparés à la fois : décochez-en d&apos;abord un</translation>
    </message>
</context>
<context>
    <name>seg::ui::DatasetListModel</name>
    <message>
        <source>%1
%2% unsure</source>
        <extracomment>Under an image&apos;s name in the images list: how unsure the model is about it.</extracomment>
        <translation>%1
%2% d&apos;incertitude</translation>
    </message>
    <message>
        <source>%1
Mean uncertainty of the model&apos;s prediction: %2 (0 sure, 1 a guess)</source>
        <translation>%1
Incertitude moyenne de la prédiction du modèle : %2 (0 : certain, 1 : choix au hasard)</translation>
    </message>
    <message>
        <source>Thumbnail of %1</source>
        <translation>Miniature de %1</translation>
    </message>
</context>
<context>
    <name>seg::ui::DemoProjectJob</name>
    <message>
        <source>Creating the demo project (synthetic shapes)...</source>
        <translation>Création du projet de démonstration (formes synthétiques)...</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Demo project</source>
        <translation>Projet de démonstration</translation>
    </message>
    <message>
        <source>Creating the demo project was cancelled.</source>
        <translation>La création du projet de démonstration a été annulée.</translation>
    </message>
</context>
<context>
    <name>seg::ui::DenseCrfButton</name>
    <message>
        <source>Dense CRF</source>
        <translation>CRF dense</translation>
    </message>
    <message>
        <source>CRF Settings…</source>
        <translation>Réglages du CRF…</translation>
    </message>
    <message>
        <source>Refine every model&apos;s prediction with a fully connected CRF (%1 iterations; appearance %2, %3 px, %4; smoothness %5, %6 px). Slower: each image takes longer to predict and score.</source>
        <translation>Affiner la prédiction de chaque modèle avec un CRF entièrement connecté (%1 itérations ; apparence %2, %3 px, %4 ; lissage %5, %6 px). Plus lent : chaque image prend plus de temps à prédire et à évaluer.</translation>
    </message>
</context>
<context>
    <name>seg::ui::DenseCrfDialog</name>
    <message>
        <source>Dense CRF Settings</source>
        <translation>Réglages du CRF dense</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>In 8-bit intensity levels</source>
        <translation>En niveaux d&apos;intensité sur 8 bits</translation>
    </message>
    <message>
        <source>A fully connected CRF refines every model&apos;s probabilities: pixels close in position and colour lean to the same class (appearance), and so do neighbours (smoothness).</source>
        <translation>Un CRF entièrement connecté affine les probabilités de chaque modèle : les pixels proches en position et en couleur tendent vers la même classe (apparence), de même que les voisins (lissage).</translation>
    </message>
    <message>
        <source>Mean-field iterations</source>
        <translation>Itérations de champ moyen</translation>
    </message>
    <message>
        <source>Appearance weight</source>
        <translation>Poids d&apos;apparence</translation>
    </message>
    <message>
        <source>Appearance spatial width</source>
        <translation>Largeur spatiale d&apos;apparence</translation>
    </message>
    <message>
        <source>Appearance colour width</source>
        <translation>Largeur de couleur d&apos;apparence</translation>
    </message>
    <message>
        <source>Smoothness weight</source>
        <translation>Poids de lissage</translation>
    </message>
    <message>
        <source>Smoothness spatial width</source>
        <translation>Largeur spatiale de lissage</translation>
    </message>
</context>
<context>
    <name>seg::ui::EpochDetails</name>
    <message>
        <source>No epoch evaluated yet.</source>
        <translation>Aucune époque évaluée pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Classe</translation>
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
        <translation>Exactitude</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Précision</translation>
    </message>
    <message>
        <source>Predicted</source>
        <translation>Prédit</translation>
    </message>
    <message>
        <source>Ground truth</source>
        <translation>Vérité terrain</translation>
    </message>
    <message>
        <source>Epoch %1: mIoU %2, pixel accuracy %3</source>
        <translation>Époque %1 : mIoU %2, exactitude pixel %3</translation>
    </message>
</context>
<context>
    <name>seg::ui::ImageScoresModel</name>
    <message>
        <source>Image</source>
        <translation>Image</translation>
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
        <translation>Exact. pixel %
%1</translation>
    </message>
    <message>
        <source>Worst class</source>
        <translation>Pire classe</translation>
    </message>
    <message>
        <source>Its IoU %</source>
        <translation>Son IoU %</translation>
    </message>
    <message>
        <source>mIoU difference
%1 - %2</source>
        <translation>Écart de mIoU
%1 - %2</translation>
    </message>
</context>
<context>
    <name>seg::ui::LiveLearning</name>
    <message>
        <source>Live learning stopped before the model was saved as a run</source>
        <translation>L&apos;apprentissage en direct s&apos;est arrêté avant que le modèle soit enregistré comme session</translation>
    </message>
    <message>
        <source>The live model was not saved as a run: %1</source>
        <translation>Le modèle en direct n&apos;a pas été enregistré comme session : %1</translation>
    </message>
    <message>
        <source>Live learning paused: %1</source>
        <translation>Apprentissage en direct en pause : %1</translation>
    </message>
</context>
<context>
    <name>seg::ui::LiveMode</name>
    <message>
        <source>Kept the live model as run %1 (no validation images to score it on)</source>
        <translation>Modèle en direct conservé comme session %1 (aucune image de validation pour l&apos;évaluer)</translation>
    </message>
    <message>
        <source>Kept the live model as run %1: validation mIoU %2</source>
        <translation>Modèle en direct conservé comme session %1 : mIoU de validation %2</translation>
    </message>
    <message>
        <source>Live Learning</source>
        <translation>Apprentissage en direct</translation>
    </message>
    <message>
        <source>Live learning (Ctrl+L): a network learns from what you paint, as you paint, and its prediction of this image shows under your strokes</source>
        <translation>Apprentissage en direct (Ctrl+L) : un réseau apprend de ce que vous peignez, pendant que vous peignez, et sa prédiction de cette image s&apos;affiche sous vos traits</translation>
    </message>
    <message>
        <source>Pause Live Learning</source>
        <translation>Mettre en pause l&apos;apprentissage en direct</translation>
    </message>
    <message>
        <source>Reset Live Model</source>
        <translation>Réinitialiser le modèle en direct</translation>
    </message>
    <message>
        <source>Start the live model afresh (your labels stay)</source>
        <translation>Repartir de zéro avec le modèle en direct (vos annotations sont conservées)</translation>
    </message>
    <message>
        <source>Show Uncertainty</source>
        <translation>Afficher l&apos;incertitude</translation>
    </message>
    <message>
        <source>Show where the live model is least sure (the brighter, the less sure): paint there next</source>
        <translation>Montrer où le modèle en direct est le moins sûr (plus c&apos;est clair, moins il est sûr) : peignez-y ensuite</translation>
    </message>
    <message>
        <source>Accept Prediction</source>
        <translation>Accepter la prédiction</translation>
    </message>
    <message>
        <source>Every unlabelled pixel of this image takes the live prediction (one undo step)</source>
        <translation>Chaque pixel non annoté de cette image prend la prédiction en direct (une seule étape d&apos;annulation)</translation>
    </message>
    <message>
        <source>Accept Prediction for Current Class</source>
        <translation>Accepter la prédiction pour la classe courante</translation>
    </message>
    <message>
        <source>Unlabelled pixels predicted as the current class take it (one undo step)</source>
        <translation>Les pixels non annotés prédits comme la classe courante la prennent (une seule étape d&apos;annulation)</translation>
    </message>
    <message>
        <source>Keep Live Model as Run</source>
        <translation>Conserver le modèle en direct comme session</translation>
    </message>
    <message>
        <source>Save the live model as an ordinary run, scored on the validation images</source>
        <translation>Enregistrer le modèle en direct comme une session ordinaire, évaluée sur les images de validation</translation>
    </message>
    <message>
        <source>Live: paint a few strokes of each class</source>
        <translation>En direct : peignez quelques traits de chaque classe</translation>
    </message>
    <message>
        <source>%1 is a validation image: live learning predicts it but does not learn from it, so that runs are scored honestly</source>
        <translation>%1 est une image de validation : l&apos;apprentissage en direct la prédit mais n&apos;apprend pas d&apos;elle, pour que les sessions soient évaluées honnêtement</translation>
    </message>
    <message numerus="yes">
        <source>Live learning skips %n unreadable training image(s)</source>
        <translation>
            <numerusform>L&apos;apprentissage en direct ignore %n image d&apos;entraînement illisible</numerusform>
            <numerusform>L&apos;apprentissage en direct ignore %n images d&apos;entraînement illisibles</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the training labels</source>
        <translation>Lecture des annotations d&apos;entraînement</translation>
    </message>
    <message numerus="yes">
        <source>Live: %1 iterations, loss %2, %n labelled training image(s)</source>
        <translation>
            <numerusform>En direct : %1 itérations, perte %2, %n image d&apos;entraînement annotée</numerusform>
            <numerusform>En direct : %1 itérations, perte %2, %n images d&apos;entraînement annotées</numerusform>
        </translation>
    </message>
    <message>
        <source>Accept live prediction</source>
        <translation>Accepter la prédiction en direct</translation>
    </message>
    <message>
        <source>Accept live prediction of %1</source>
        <translation>Accepter la prédiction en direct de %1</translation>
    </message>
    <message>
        <source>Saving the live model as a run...</source>
        <translation>Enregistrement du modèle en direct comme session...</translation>
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
        <translation>Ouvrez un projet (Fichier &gt; Ouvrir un projet) ou la démo (Fichier &gt; Ouvrir le projet de démonstration).</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Images</translation>
    </message>
    <message>
        <source>Training</source>
        <comment>the tab with the training charts</comment>
        <translation>Entraînement</translation>
    </message>
    <message>
        <source>Compare</source>
        <comment>the tab comparing models&apos; predictions</comment>
        <translation>Comparer</translation>
    </message>
    <message>
        <source>%1 is hidden by the Images list&apos;s filter</source>
        <translation>L&apos;image %1 est masquée par le filtre de la liste Images</translation>
    </message>
    <message>
        <source>Cannot export the model</source>
        <translation>Impossible d&apos;exporter le modèle</translation>
    </message>
    <message>
        <source>All images</source>
        <translation>Toutes les images</translation>
    </message>
    <message>
        <source>Training</source>
        <comment>the training split</comment>
        <translation>Entraînement</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>Validation</translation>
    </message>
    <message>
        <source>Unlabelled</source>
        <translation>Non annotées</translation>
    </message>
    <message>
        <source>Labelled</source>
        <translation>Annotées</translation>
    </message>
    <message>
        <source>Project order</source>
        <translation>Ordre du projet</translation>
    </message>
    <message>
        <source>Most uncertain first</source>
        <translation>Plus incertaines d&apos;abord</translation>
    </message>
    <message>
        <source>Most uncertain first: the images a model is least sure about, to label next. Scores come from Project &gt; Rank Unlabelled Images by Uncertainty, and from live mode as it learns.</source>
        <translation>Plus incertaines d&apos;abord : les images dont un modèle est le moins sûr, à annoter ensuite. Les scores viennent de Projet &gt; Trier les images non annotées par incertitude, et du mode en direct pendant qu&apos;il apprend.</translation>
    </message>
    <message>
        <source>Class Frequencies</source>
        <translation>Fréquences des classes</translation>
    </message>
    <message>
        <source>Training Settings</source>
        <translation>Réglages d&apos;entraînement</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Per-Class Results</source>
        <translation>Résultats par classe</translation>
    </message>
    <message>
        <source>Training</source>
        <comment>title of a message about a training run</comment>
        <translation>Entraînement</translation>
    </message>
    <message>
        <source>Cannot open project</source>
        <translation>Impossible d&apos;ouvrir le projet</translation>
    </message>
    <message>
        <source>A model is training on the open project. Stop it first.</source>
        <translation>Un modèle est en cours d&apos;entraînement sur le projet ouvert. Arrêtez-le d&apos;abord.</translation>
    </message>
    <message>
        <source>%1 - SegStudio</source>
        <translation>%1 - SegStudio</translation>
    </message>
    <message numerus="yes">
        <source>Opened %1: %n images</source>
        <translation>
            <numerusform>%1 ouvert : %n image</numerusform>
            <numerusform>%1 ouvert : %n images</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Opened %1: %n images, %2 problems found</source>
        <translation>
            <numerusform>%1 ouvert : %n image, %2 problèmes trouvés</numerusform>
            <numerusform>%1 ouvert : %n images, %2 problèmes trouvés</numerusform>
        </translation>
    </message>
    <message>
        <source>Recovered unsaved edits</source>
        <translation>Modifications non enregistrées récupérées</translation>
    </message>
    <message>
        <source>This project has no images in the chosen filter.</source>
        <translation>Ce projet n&apos;a aucune image dans le filtre choisi.</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>Classes</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Live Learning</source>
        <translation>Apprentissage en direct</translation>
    </message>
    <message>
        <source>Mask</source>
        <translation>Masque</translation>
    </message>
    <message>
        <source>Opening %1...</source>
        <translation>Ouverture de %1...</translation>
    </message>
    <message>
        <source>%1 found no unlabelled image it could score.</source>
        <translation>%1 n&apos;a trouvé aucune image non annotée à évaluer.</translation>
    </message>
    <message numerus="yes">
        <source>%1 ranked %n unlabelled images; the most uncertain (mean entropy %2) opens now, Ctrl+U for the next.</source>
        <translation>
            <numerusform>%1 a trié %n image non annotée ; la plus incertaine (entropie moyenne %2) s&apos;ouvre maintenant, Ctrl+U pour la suivante.</numerusform>
            <numerusform>%1 a trié %n images non annotées ; la plus incertaine (entropie moyenne %2) s&apos;ouvre maintenant, Ctrl+U pour la suivante.</numerusform>
        </translation>
    </message>
    <message>
        <source>unlabelled</source>
        <translation>non annotée</translation>
    </message>
    <message>
        <source>x %1  y %2  %3</source>
        <translation>x %1  y %2  %3</translation>
    </message>
    <message>
        <source>About SegStudio</source>
        <translation>À propos de SegStudio</translation>
    </message>
    <message>
        <source>&lt;h3&gt;SegStudio %1&lt;/h3&gt;&lt;p&gt;A workbench for semantic segmentation: paint masks, train models, compare them.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;SegStudio %1&lt;/h3&gt;&lt;p&gt;Un atelier pour la segmentation sémantique : peignez des masques, entraînez des modèles, comparez-les.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Export Chart Data</source>
        <translation>Exporter les données des graphiques</translation>
    </message>
    <message>
        <source>Export Charts</source>
        <translation>Exporter les graphiques</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>Image PNG (*.png);;Dessin SVG (*.svg);;Document PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Enregistré : %1</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l&apos;exportation</translation>
    </message>
    <message>
        <source>%1 could not be written.</source>
        <translation>%1 n&apos;a pas pu être écrit.</translation>
    </message>
    <message>
        <source>Training is running</source>
        <translation>Entraînement en cours</translation>
    </message>
    <message>
        <source>Stop training and quit? The run keeps its last checkpoint and can be resumed.</source>
        <translation>Arrêter l&apos;entraînement et quitter ? La session garde son dernier point de contrôle et peut être reprise.</translation>
    </message>
    <message>
        <source>Unsaved edits</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>The edits of %1 cannot be saved (see the message before). Quit and lose them?</source>
        <translation>Les modifications de %1 ne peuvent pas être enregistrées (voir le message précédent). Quitter et les perdre ?</translation>
    </message>
    <message>
        <source>System Default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>SegStudio speaks the language you chose from its next start. Restart now?</source>
        <translation>SegStudio utilisera la langue choisie à partir de son prochain démarrage. Redémarrer maintenant ?</translation>
    </message>
    <message>
        <source>Restart Now</source>
        <translation>Redémarrer maintenant</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New Project from Dataset...</source>
        <translation>&amp;Nouveau projet à partir d&apos;un jeu de données...</translation>
    </message>
    <message>
        <source>New Project from &amp;Image Folder...</source>
        <translation>Nouveau projet à partir d&apos;un dossier d&apos;ima&amp;ges...</translation>
    </message>
    <message>
        <source>&amp;Open Project...</source>
        <translation>&amp;Ouvrir un projet...</translation>
    </message>
    <message>
        <source>&amp;Save Project</source>
        <translation>&amp;Enregistrer le projet</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un projet &amp;récent</translation>
    </message>
    <message>
        <source>Open &amp;Demo Project</source>
        <translation>Ouvrir le projet de &amp;démonstration</translation>
    </message>
    <message>
        <source>&amp;Follow a Run Folder...</source>
        <translation>&amp;Suivre un dossier de session...</translation>
    </message>
    <message>
        <source>Choose a Run Folder to Follow (one with metrics.csv)</source>
        <translation>Choisir un dossier de session à suivre (contenant metrics.csv)</translation>
    </message>
    <message>
        <source>Show the curves of a run that another process or machine is training, and follow them as it writes: a run folder on a shared or synced disk. Read-only.</source>
        <translation>Afficher les courbes d&apos;une session qu&apos;un autre processus ou une autre machine entraîne, et les suivre à mesure qu&apos;elle écrit : un dossier de session sur un disque partagé ou synchronisé. Lecture seule.</translation>
    </message>
    <message>
        <source>Export Charts as &amp;Image...</source>
        <translation>Exporter les graphiques en &amp;image...</translation>
    </message>
    <message>
        <source>Export Charts as &amp;CSV...</source>
        <translation>Exporter les graphiques en &amp;CSV...</translation>
    </message>
    <message>
        <source>Export &amp;Model for PyTorch...</source>
        <translation>Exporter le &amp;modèle pour PyTorch...</translation>
    </message>
    <message>
        <source>Write a trained model as a TorchScript file that PyTorch loads with torch.jit.load</source>
        <translation>Écrire un modèle entraîné sous forme de fichier TorchScript que PyTorch charge avec torch.jit.load</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Live</source>
        <translation>E&amp;n direct</translation>
    </message>
    <message>
        <source>&amp;Project</source>
        <translation>&amp;Projet</translation>
    </message>
    <message>
        <source>Edit &amp;Classes...</source>
        <translation>Modifier les &amp;classes...</translation>
    </message>
    <message>
        <source>Choose &amp;Model for Assistance...</source>
        <translation>Choisir un &amp;modèle d&apos;assistance...</translation>
    </message>
    <message>
        <source>&amp;Rank Unlabelled Images by Uncertainty</source>
        <translation>&amp;Trier les images non annotées par incertitude</translation>
    </message>
    <message>
        <source>The trained model scores each unlabelled image; label the most uncertain first</source>
        <translation>Le modèle entraîné évalue chaque image non annotée ; annotez d&apos;abord les plus incertaines</translation>
    </message>
    <message>
        <source>Next Most &amp;Uncertain Image</source>
        <translation>Image suivante la plus &amp;incertaine</translation>
    </message>
    <message>
        <source>&amp;Batch Prediction...</source>
        <translation>&amp;Prédiction par lots...</translation>
    </message>
    <message>
        <source>Predict a folder of images into masks with a trained model</source>
        <translation>Prédire les masques d&apos;un dossier d&apos;images avec un modèle entraîné</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>Show &amp;Mask</source>
        <translation>Afficher le &amp;masque</translation>
    </message>
    <message>
        <source>Mask &amp;Outlines Only</source>
        <translation>&amp;Contours du masque seulement</translation>
    </message>
    <message>
        <source>Show &amp;After Image</source>
        <translation>Afficher l&apos;image &amp;après</translation>
    </message>
    <message>
        <source>Change pairs: show the after image instead of the before image (A flips between them); the mask stays the same</source>
        <translation>Paires de changement : afficher l&apos;image après au lieu de l&apos;image avant (A bascule entre les deux) ; le masque reste le même</translation>
    </message>
    <message>
        <source>Zoom to &amp;Fit</source>
        <translation>A&amp;juster à la fenêtre</translation>
    </message>
    <message>
        <source>&amp;Actual Pixels</source>
        <translation>&amp;Taille réelle</translation>
    </message>
    <message>
        <source>&amp;Next Image</source>
        <translation>Image &amp;suivante</translation>
    </message>
    <message>
        <source>&amp;Previous Image</source>
        <translation>Image &amp;précédente</translation>
    </message>
    <message>
        <source>Next &amp;Unlabelled Image</source>
        <translation>Image &amp;non annotée suivante</translation>
    </message>
    <message>
        <source>&amp;Images</source>
        <translation>&amp;Images</translation>
    </message>
    <message>
        <source>&amp;Training Charts</source>
        <translation>&amp;Graphiques d&apos;entraînement</translation>
    </message>
    <message>
        <source>&amp;Compare Models</source>
        <translation>C&amp;omparer les modèles</translation>
    </message>
    <message>
        <source>Show Model &amp;Prediction</source>
        <translation>Afficher la p&amp;rédiction du modèle</translation>
    </message>
    <message>
        <source>The model&apos;s prediction of this image as outlines over the painting (Fix Label in the Compare tab)</source>
        <translation>La prédiction du modèle pour cette image, sous forme de contours par-dessus la peinture (Corriger l&apos;annotation dans l&apos;onglet Comparer)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;Training</source>
        <translation>&amp;Entraînement</translation>
    </message>
    <message>
        <source>&amp;Start Training</source>
        <translation>&amp;Démarrer l&apos;entraînement</translation>
    </message>
    <message>
        <source>&amp;Pause Training</source>
        <translation>Mettre en &amp;pause l&apos;entraînement</translation>
    </message>
    <message>
        <source>S&amp;top Training</source>
        <translation>&amp;Arrêter l&apos;entraînement</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <source>&amp;About SegStudio</source>
        <translation>À &amp;propos de SegStudio</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <source>Mask opacity </source>
        <translation>Opacité du masque </translation>
    </message>
    <message>
        <source>Opacity of the mask over the image</source>
        <translation>Opacité du masque sur l&apos;image</translation>
    </message>
    <message>
        <source>&amp;Resume Training</source>
        <translation>&amp;Reprendre l&apos;entraînement</translation>
    </message>
    <message>
        <source>A model is being exported already</source>
        <translation>Un modèle est déjà en cours d&apos;exportation</translation>
    </message>
    <message>
        <source>Export Model: Choose a Checkpoint</source>
        <translation>Exporter le modèle : choisir un point de contrôle</translation>
    </message>
    <message>
        <source>SegStudio checkpoints (*.pt)</source>
        <translation>Points de contrôle SegStudio (*.pt)</translation>
    </message>
    <message>
        <source>Export Model: TorchScript File</source>
        <translation>Exporter le modèle : fichier TorchScript</translation>
    </message>
    <message>
        <source>TorchScript (*.pt)</source>
        <translation>TorchScript (*.pt)</translation>
    </message>
    <message>
        <source>Exporting %1...</source>
        <translation>Exportation de %1...</translation>
    </message>
    <message>
        <source>The model&apos;s prediction is drawn as outlines (View &gt; Show Model Prediction)</source>
        <translation>La prédiction du modèle est affichée sous forme de contours (Affichage &gt; Afficher la prédiction du modèle)</translation>
    </message>
    <message>
        <source>Cannot create the demo project</source>
        <translation>Impossible de créer le projet de démonstration</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>Ouvrir un projet</translation>
    </message>
    <message>
        <source>SegStudio projects (project.json)</source>
        <translation>Projets SegStudio (project.json)</translation>
    </message>
    <message>
        <source>Choose a Dataset Folder (VOC, PennFudan, images/ and masks/, or change pairs)</source>
        <translation>Choisir un dossier de jeu de données (VOC, PennFudan, images/ et masks/, ou paires de changement)</translation>
    </message>
    <message>
        <source>Choose a Folder of Images to Annotate</source>
        <translation>Choisir un dossier d&apos;images à annoter</translation>
    </message>
    <message>
        <source>Cannot create a project here</source>
        <translation>Impossible de créer un projet ici</translation>
    </message>
    <message numerus="yes">
        <source>SegStudio did not close properly last time. The unsaved edits of %n image(s) were recovered from the autosave journal and saved:</source>
        <translation>
            <numerusform>SegStudio ne s&apos;est pas fermé correctement la dernière fois. Les modifications non enregistrées de %n image ont été récupérées depuis le journal de sauvegarde automatique et enregistrées :</numerusform>
            <numerusform>SegStudio ne s&apos;est pas fermé correctement la dernière fois. Les modifications non enregistrées de %n images ont été récupérées depuis le journal de sauvegarde automatique et enregistrées :</numerusform>
        </translation>
    </message>
    <message>
        <source>Opening such an image shows the recovery in History, where Undo takes it back.</source>
        <translation>À l&apos;ouverture d&apos;une telle image, la récupération apparaît dans Historique, où Annuler la défait.</translation>
    </message>
    <message>
        <source>Not recovered: %1</source>
        <translation>Non récupéré : %1</translation>
    </message>
    <message>
        <source>Cannot save the project</source>
        <translation>Impossible d&apos;enregistrer le projet</translation>
    </message>
    <message>
        <source>No recent projects</source>
        <translation>Aucun projet récent</translation>
    </message>
    <message>
        <source>Edit Classes</source>
        <translation>Modifier les classes</translation>
    </message>
    <message>
        <source>A model is training on these classes. Stop it first.</source>
        <translation>Un modèle est en cours d&apos;entraînement sur ces classes. Arrêtez-le d&apos;abord.</translation>
    </message>
    <message>
        <source>The open image&apos;s edits cannot be saved, so the classes stay as they are.</source>
        <translation>Les modifications de l&apos;image ouverte ne peuvent pas être enregistrées : les classes restent donc inchangées.</translation>
    </message>
    <message>
        <source>Remapping masks...</source>
        <translation>Réaffectation des masques...</translation>
    </message>
    <message>
        <source>Cannot change the classes</source>
        <translation>Impossible de modifier les classes</translation>
    </message>
    <message>
        <source>Remapping masks</source>
        <translation>Réaffectation des masques</translation>
    </message>
    <message>
        <source>No images match this filter.</source>
        <translation>Aucune image ne correspond à ce filtre.</translation>
    </message>
    <message>
        <source>%1 (after)</source>
        <translation>%1 (après)</translation>
    </message>
    <message>
        <source>%1 (before)</source>
        <translation>%1 (avant)</translation>
    </message>
    <message>
        <source>%1  %2x%3  %4  %5</source>
        <translation>%1  %2x%3  %4  %5</translation>
    </message>
    <message>
        <source>mask unreadable</source>
        <translation>masque illisible</translation>
    </message>
    <message>
        <source>labelled</source>
        <translation>annotée</translation>
    </message>
    <message>
        <source>No unlabelled image after this one.</source>
        <translation>Aucune image non annotée après celle-ci.</translation>
    </message>
    <message>
        <source>No more images in this direction.</source>
        <translation>Plus d&apos;images dans cette direction.</translation>
    </message>
    <message>
        <source>Every image is labelled: there is nothing to rank.</source>
        <translation>Toutes les images sont annotées : il n&apos;y a rien à trier.</translation>
    </message>
    <message>
        <source>No ranked unlabelled image left: Project &gt; Rank Unlabelled Images by Uncertainty, or live mode, scores them.</source>
        <translation>Plus aucune image non annotée triée : Projet &gt; Trier les images non annotées par incertitude, ou le mode en direct, les évaluent.</translation>
    </message>
    <message>
        <source>training</source>
        <translation>entraînement</translation>
    </message>
    <message>
        <source>validation</source>
        <translation>validation</translation>
    </message>
    <message>
        <source>test</source>
        <translation>test</translation>
    </message>
    <message>
        <source>no split</source>
        <translation>sans partition</translation>
    </message>
    <message>
        <source>User Guide</source>
        <translation>Guide de l&apos;utilisateur</translation>
    </message>
    <message>
        <source>The user guide is not installed. It was looked for in:
%1</source>
        <translation>Le guide de l&apos;utilisateur n&apos;est pas installé. Il a été cherché dans :
%1</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Guide de l&apos;utilisateur</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Class edit cancelled: the classes and masks are as they were.</source>
        <translation>Modification des classes annulée : les classes et les masques sont inchangés.</translation>
    </message>
</context>
<context>
    <name>seg::ui::MaskDocument</name>
    <message>
        <source>%1 The mask is shown as unlabelled and will not be overwritten; fix or remove the file to edit it.</source>
        <translation>%1 Le masque est affiché comme non annoté et ne sera pas écrasé ; corrigez ou supprimez le fichier pour le modifier.</translation>
    </message>
    <message>
        <source>The autosave journal cannot be used: %1</source>
        <translation>Le journal de sauvegarde automatique est inutilisable : %1</translation>
    </message>
    <message>
        <source>Recovered unsaved edits</source>
        <translation>Modifications non enregistrées récupérées</translation>
    </message>
</context>
<context>
    <name>seg::ui::MaskSaver</name>
    <message>
        <source>Saving %1</source>
        <translation>Enregistrement de %1</translation>
    </message>
</context>
<context>
    <name>seg::ui::ModelAssist</name>
    <message>
        <source>Choose a Trained Model</source>
        <translation>Choisir un modèle entraîné</translation>
    </message>
    <message>
        <source>Models (*.pt *.pth *.torchscript);;All files (*)</source>
        <translation>Modèles (*.pt *.pth *.torchscript);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Pre-labelling %1 with %2</source>
        <translation>Pré-annotation de %1 avec %2</translation>
    </message>
    <message>
        <source>Scoring unlabelled images with %1...</source>
        <translation>Évaluation des images non annotées avec %1...</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Ranking images with %1</source>
        <translation>Tri des images avec %1</translation>
    </message>
</context>
<context>
    <name>seg::ui::ModelExportJob</name>
    <message>
        <source>Exported %1: load it in PyTorch with torch.jit.load; its class names are model.class_names</source>
        <translation>%1 exporté : chargez-le dans PyTorch avec torch.jit.load ; ses noms de classes sont dans model.class_names</translation>
    </message>
    <message>
        <source>Exporting %1</source>
        <translation>Exportation de %1</translation>
    </message>
</context>
<context>
    <name>seg::ui::ModelForm</name>
    <message>
        <source>%1; default %2.</source>
        <translation>%1 ; par défaut %2.</translation>
    </message>
    <message>
        <source>%1  (%2)</source>
        <translation>%1  (%2)</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>Architecture</translation>
    </message>
    <message>
        <source>Needs a change project: pairs of images of two dates with change masks.</source>
        <translation>Nécessite un projet de détection de changements : des paires d&apos;images de deux dates avec des masques de changement.</translation>
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
        <translation>Ouverture de %1</translation>
    </message>
    <message>
        <source>Predicting %1 with %2</source>
        <translation>Prédiction de %1 avec %2</translation>
    </message>
</context>
<context>
    <name>seg::ui::ProcessTraining</name>
    <message>
        <source>Cannot write the run&apos;s settings to %1: %2</source>
        <translation>Impossible d&apos;écrire les réglages de la session dans %1 : %2</translation>
    </message>
    <message>
        <source>Cannot start %1: %2</source>
        <translation>Impossible de démarrer %1 : %2</translation>
    </message>
    <message>
        <source>the training processes ended with exit code %1</source>
        <translation>les processus d&apos;entraînement se sont terminés avec le code de sortie %1</translation>
    </message>
</context>
<context>
    <name>seg::ui::RunsView</name>
    <message>
        <source>Run</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Best mIoU</source>
        <translation>Meilleur mIoU</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>Époques</translation>
    </message>
    <message>
        <source>Tick runs to overlay their curves on the charts.</source>
        <translation>Cochez des sessions pour superposer leurs courbes sur les graphiques.</translation>
    </message>
    <message>
        <source>Show Curves</source>
        <translation>Afficher les courbes</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>%1
%2, %3 loss; %4 optimiser, learning rate %5, %6 schedule, batch %7, crop %8</source>
        <translation>%1
%2, perte %3 ; optimiseur %4, taux d&apos;apprentissage %5, planification %6, lot %7, recadrage %8</translation>
    </message>
    <message>
        <source>whole images</source>
        <translation>images entières</translation>
    </message>
    <message>
        <source>A run is training: stop it first.</source>
        <translation>Une session est en cours d&apos;entraînement : arrêtez-la d&apos;abord.</translation>
    </message>
    <message>
        <source>Another process is training this run now; Show Curves follows it.</source>
        <translation>Un autre processus entraîne cette session en ce moment ; Afficher les courbes la suit.</translation>
    </message>
    <message>
        <source>This run has no checkpoint (last.pt) or no readable config.json to resume from.</source>
        <translation>Cette session n&apos;a pas de point de contrôle (last.pt) ou pas de config.json lisible à partir duquel reprendre.</translation>
    </message>
</context>
<context>
    <name>seg::ui::SplitScoring</name>
    <message>
        <source>Scoring the validation split</source>
        <translation>Évaluation de la partition de validation</translation>
    </message>
</context>
<context>
    <name>seg::ui::SplitSummary</name>
    <message>
        <source>before</source>
        <translation>avant</translation>
    </message>
    <message>
        <source>after</source>
        <translation>après</translation>
    </message>
    <message>
        <source>ground truth</source>
        <translation>vérité terrain</translation>
    </message>
    <message>
        <source>image</source>
        <translation>image</translation>
    </message>
    <message>
        <source>Export Table (CSV)...</source>
        <translation>Exporter le tableau (CSV)...</translation>
    </message>
    <message>
        <source>Export Grid (PNG)...</source>
        <translation>Exporter la grille (PNG)...</translation>
    </message>
    <message>
        <source> hardest images</source>
        <translation> images les plus difficiles</translation>
    </message>
    <message>
        <source>Confusion matrix of</source>
        <translation>Matrice de confusion de</translation>
    </message>
    <message>
        <source>Row-normalised %</source>
        <translation>% normalisé par ligne</translation>
    </message>
    <message>
        <source>Rows: ground truth; columns: prediction</source>
        <translation>Lignes : vérité terrain ; colonnes : prédiction</translation>
    </message>
    <message>
        <source>Export Comparison Table</source>
        <translation>Exporter le tableau de comparaison</translation>
    </message>
    <message>
        <source>comparison.csv</source>
        <translation>comparison.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export Comparison Grid</source>
        <translation>Exporter la grille de comparaison</translation>
    </message>
    <message>
        <source>comparison.png</source>
        <translation>comparison.png</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message numerus="yes">
        <source>the %n selected image(s)</source>
        <translation>
            <numerusform>l&apos;image sélectionnée</numerusform>
            <numerusform>les %n images sélectionnées</numerusform>
        </translation>
    </message>
    <message>
        <source>Score the validation images (Validation Images tab) to compare the models on the whole split.</source>
        <translation>Évaluez les images de validation (onglet Images de validation) pour comparer les modèles sur toute la partition.</translation>
    </message>
    <message>
        <source>Labels were corrected since: score again for up-to-date totals. </source>
        <translation>Des annotations ont été corrigées depuis : évaluez de nouveau pour des totaux à jour. </translation>
    </message>
    <message numerus="yes">
        <source>%n validation image(s); the best of each column in bold.</source>
        <translation>
            <numerusform>%n image de validation ; le meilleur de chaque colonne en gras.</numerusform>
            <numerusform>%n images de validation ; le meilleur de chaque colonne en gras.</numerusform>
        </translation>
    </message>
    <message>
        <source>Pixel accuracy</source>
        <translation>Exactitude pixel</translation>
    </message>
    <message>
        <source>Mean class accuracy</source>
        <translation>Exactitude moyenne par classe</translation>
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
        <translation>Dice moyen</translation>
    </message>
    <message>
        <source>IoU %1</source>
        <translation>IoU %1</translation>
    </message>
    <message>
        <source>Nothing to export: score the validation images first</source>
        <translation>Rien à exporter : évaluez d&apos;abord les images de validation</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>Drawing the comparison grid</source>
        <translation>Dessin de la grille de comparaison</translation>
    </message>
</context>
<context>
    <name>seg::ui::TorchScriptImportDialog</name>
    <message>
        <source>Open TorchScript Model</source>
        <translation>Ouvrir un modèle TorchScript</translation>
    </message>
    <message>
        <source>%1 is a TorchScript model. SegStudio needs to know what its output channels mean and how it expects its input. The answers are stored next to the model.</source>
        <translation>%1 est un modèle TorchScript. SegStudio doit savoir ce que signifient ses canaux de sortie et comment il attend son entrée. Les réponses sont enregistrées à côté du modèle.</translation>
    </message>
    <message>
        <source>One name a line, in the order of the model&apos;s output channels</source>
        <translation>Un nom par ligne, dans l&apos;ordre des canaux de sortie du modèle</translation>
    </message>
    <message>
        <source>Read labels.txt...</source>
        <translation>Lire labels.txt...</translation>
    </message>
    <message>
        <source>Class names:</source>
        <translation>Noms des classes :</translation>
    </message>
    <message>
        <source>Input mean (R, G, B):</source>
        <translation>Moyenne d&apos;entrée (R, V, B) :</translation>
    </message>
    <message>
        <source>Input std (R, G, B):</source>
        <translation>Écart type d&apos;entrée (R, V, B) :</translation>
    </message>
    <message>
        <source>Pixels are scaled to 0..1, then (x - mean) / std: ImageNet&apos;s values suit torchvision&apos;s models.</source>
        <translation>Les pixels sont ramenés à 0..1, puis (x - moyenne) / écart type : les valeurs d&apos;ImageNet conviennent aux modèles de torchvision.</translation>
    </message>
    <message>
        <source>Fixed input size:</source>
        <translation>Taille d&apos;entrée fixe :</translation>
    </message>
    <message>
        <source>Traced models:</source>
        <translation>Modèles tracés :</translation>
    </message>
    <message>
        <source>Class Names</source>
        <translation>Noms des classes</translation>
    </message>
    <message>
        <source>Class lists (*.txt *.json);;All files (*)</source>
        <translation>Listes de classes (*.txt *.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Cannot read the class names</source>
        <translation>Impossible de lire les noms des classes</translation>
    </message>
    <message>
        <source>Cannot use these settings</source>
        <translation>Impossible d&apos;utiliser ces réglages</translation>
    </message>
</context>
<context>
    <name>seg::ui::TrainingCharts</name>
    <message>
        <source>Iteration</source>
        <translation>Itération</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Perte</translation>
    </message>
    <message>
        <source>Epoch</source>
        <translation>Époque</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>Validation</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Taux d&apos;apprentissage</translation>
    </message>
    <message>
        <source>Drag to pan, wheel to zoom, double-click to fit.</source>
        <translation>Faites glisser pour vous déplacer, molette pour zoomer, double-clic pour ajuster.</translation>
    </message>
    <message>
        <source>%1 validation loss</source>
        <translation>perte de validation de %1</translation>
    </message>
    <message>
        <source>%1 mIoU</source>
        <translation>mIoU de %1</translation>
    </message>
    <message>
        <source>%1 learning rate</source>
        <translation>taux d&apos;apprentissage de %1</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>perte</translation>
    </message>
    <message>
        <source>loss (smoothed)</source>
        <translation>perte (lissée)</translation>
    </message>
    <message>
        <source>validation loss</source>
        <translation>perte de validation</translation>
    </message>
    <message>
        <source>adversarial loss (smoothed)</source>
        <translation>perte antagoniste (lissée)</translation>
    </message>
    <message>
        <source>discriminator loss (smoothed)</source>
        <translation>perte du discriminateur (lissée)</translation>
    </message>
    <message>
        <source>mIoU</source>
        <translation>mIoU</translation>
    </message>
    <message>
        <source>pixel accuracy</source>
        <translation>exactitude pixel</translation>
    </message>
    <message>
        <source>learning rate</source>
        <translation>taux d&apos;apprentissage</translation>
    </message>
    <message>
        <source>No run yet: start one in Training Settings.</source>
        <translation>Aucune session pour l&apos;instant : lancez-en une dans Réglages d&apos;entraînement.</translation>
    </message>
    <message>
        <source>Run %1</source>
        <translation>Session %1</translation>
    </message>
    <message>
        <source>%1 at %2 %3: %4</source>
        <translation>%1 à l&apos;%2 %3 : %4</translation>
    </message>
    <message>
        <source>SegStudio training charts</source>
        <translation>Graphiques d&apos;entraînement SegStudio</translation>
    </message>
</context>
<context>
    <name>seg::ui::TrainingController</name>
    <message>
        <source>Run %1 cannot be resumed: %2</source>
        <translation>La session %1 ne peut pas être reprise : %2</translation>
    </message>
    <message>
        <source>its checkpoint checkpoints/last.pt is missing.</source>
        <translation>son point de contrôle checkpoints/last.pt est manquant.</translation>
    </message>
    <message>
        <source>Run %1 is being trained by another process now. Resume it once that process has stopped.</source>
        <translation>La session %1 est en cours d&apos;entraînement par un autre processus. Reprenez-la une fois ce processus arrêté.</translation>
    </message>
    <message>
        <source>Cannot start training: %1</source>
        <translation>Impossible de démarrer l&apos;entraînement : %1</translation>
    </message>
    <message>
        <source>Cannot start training: adversarial training runs in one process. Set Processes to 1.</source>
        <translation>Impossible de démarrer l&apos;entraînement : l&apos;entraînement antagoniste s&apos;exécute dans un seul processus. Réglez Processus sur 1.</translation>
    </message>
    <message>
        <source>starting...</source>
        <translation>démarrage...</translation>
    </message>
    <message>
        <source>Training on %1 images (%2 for validation), %3 threads, %4</source>
        <translation>Entraînement sur %1 images (%2 pour la validation), %3 fils d&apos;exécution, %4</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>resuming...</source>
        <translation>reprise...</translation>
    </message>
    <message>
        <source>Training finished: best mIoU %1 at epoch %2.</source>
        <translation>Entraînement terminé : meilleur mIoU %1 à l&apos;époque %2.</translation>
    </message>
    <message numerus="yes">
        <source>Training stopped after %n complete epochs; resume it from the runs list.</source>
        <translation>
            <numerusform>Entraînement arrêté après %n époque complète ; reprenez-le depuis la liste des sessions.</numerusform>
            <numerusform>Entraînement arrêté après %n époques complètes ; reprenez-le depuis la liste des sessions.</numerusform>
        </translation>
    </message>
    <message>
        <source>Training failed: %1</source>
        <translation>Échec de l&apos;entraînement : %1</translation>
    </message>
    <message>
        <source>%1 img/s</source>
        <translation>%1 img/s</translation>
    </message>
    <message>
        <source>epoch %1/%2</source>
        <translation>époque %1/%2</translation>
    </message>
    <message>
        <source>epoch %1/%2, %3 left</source>
        <translation>époque %1/%2, il reste %3</translation>
    </message>
    <message numerus="yes">
        <source>%n unreadable image(s) skipped; the log names them.</source>
        <translation>
            <numerusform>%n image illisible ignorée ; le journal la nomme.</numerusform>
            <numerusform>%n images illisibles ignorées ; le journal les nomme.</numerusform>
        </translation>
    </message>
    <message>
        <source>stopping...</source>
        <translation>arrêt...</translation>
    </message>
    <message>
        <source>A run is training; tick runs to compare them with it instead.</source>
        <translation>Une session est en cours d&apos;entraînement ; cochez plutôt des sessions pour les comparer avec elle.</translation>
    </message>
    <message numerus="yes">
        <source>Showing run %1: %n epochs</source>
        <translation>
            <numerusform>Affichage de la session %1 : %n époque</numerusform>
            <numerusform>Affichage de la session %1 : %n époques</numerusform>
        </translation>
    </message>
    <message>
        <source>Run %1: %2</source>
        <translation>Session %1 : %2</translation>
    </message>
    <message>
        <source>A run is training in this window: stop it before following another.</source>
        <translation>Une session est en cours d&apos;entraînement dans cette fenêtre : arrêtez-la avant d&apos;en suivre une autre.</translation>
    </message>
    <message>
        <source>%1 is not a training run&apos;s folder: it holds neither config.json nor metrics.csv.</source>
        <translation>%1 n&apos;est pas un dossier de session d&apos;entraînement : il ne contient ni config.json ni metrics.csv.</translation>
    </message>
    <message>
        <source>Following run %1 as it is written (read-only).</source>
        <translation>Suivi de la session %1 à mesure de son écriture (lecture seule).</translation>
    </message>
    <message numerus="yes">
        <source>trained by %n processes</source>
        <translation>
            <numerusform>entraînée par %n processus</numerusform>
            <numerusform>entraînée par %n processus</numerusform>
        </translation>
    </message>
    <message>
        <source>finished, %1 of %2 epochs</source>
        <translation>terminée, %1 époques sur %2</translation>
    </message>
    <message>
        <source>%1 of %2 epochs</source>
        <translation>%1 époques sur %2</translation>
    </message>
    <message numerus="yes">
        <source>%n epoch(s)</source>
        <translation>
            <numerusform>%n époque</numerusform>
            <numerusform>%n époques</numerusform>
        </translation>
    </message>
    <message>
        <source>waiting for the run to write metrics.csv</source>
        <translation>en attente de l&apos;écriture de metrics.csv par la session</translation>
    </message>
    <message>
        <source>%1, written %2 ago</source>
        <translation>%1, dernière écriture il y a %2</translation>
    </message>
</context>
<context>
    <name>seg::ui::TrainingPanel</name>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Optimisation</source>
        <translation>Optimisation</translation>
    </message>
    <message>
        <source>Cross-entropy</source>
        <translation>Entropie croisée</translation>
    </message>
    <message>
        <source>Cross-entropy + Dice</source>
        <translation>Entropie croisée + Dice</translation>
    </message>
    <message>
        <source>Dice</source>
        <translation>Dice</translation>
    </message>
    <message>
        <source>Focal</source>
        <translation>Focale</translation>
    </message>
    <message>
        <source>Lovász-softmax</source>
        <translation>Lovász-softmax</translation>
    </message>
    <message>
        <source>SGD with momentum</source>
        <translation>SGD avec momentum</translation>
    </message>
    <message>
        <source>Cosine</source>
        <translation>Cosinus</translation>
    </message>
    <message>
        <source>Poly</source>
        <translation>Polynomiale</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Par paliers</translation>
    </message>
    <message>
        <source>Constant</source>
        <translation>Constante</translation>
    </message>
    <message>
        <source> iterations</source>
        <translation> itérations</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>whole image</source>
        <translation>image entière</translation>
    </message>
    <message>
        <source>Square training crop; whole images when all have one size.</source>
        <translation>Recadrage d&apos;entraînement carré ; images entières quand toutes ont la même taille.</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Perte</translation>
    </message>
    <message>
        <source>Optimiser</source>
        <translation>Optimiseur</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Taux d&apos;apprentissage</translation>
    </message>
    <message>
        <source>Weight decay</source>
        <translation>Décroissance des poids</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Planification</translation>
    </message>
    <message>
        <source>Warm-up</source>
        <translation>Échauffement</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>Époques</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Taille de lot</translation>
    </message>
    <message>
        <source>Input size</source>
        <translation>Taille d&apos;entrée</translation>
    </message>
    <message>
        <source>Augmentation</source>
        <translation>Augmentation de données</translation>
    </message>
    <message>
        <source>Horizontal flips</source>
        <translation>Retournements horizontaux</translation>
    </message>
    <message>
        <source>Vertical flips</source>
        <translation>Retournements verticaux</translation>
    </message>
    <message>
        <source>°</source>
        <translation>°</translation>
    </message>
    <message>
        <source>Scale range</source>
        <translation>Plage d&apos;échelle</translation>
    </message>
    <message>
        <source>Rotation</source>
        <translation>Rotation</translation>
    </message>
    <message>
        <source>Colour jitter</source>
        <translation>Perturbation des couleurs</translation>
    </message>
    <message>
        <source>Adversarial training</source>
        <translation>Entraînement antagoniste</translation>
    </message>
    <message>
        <source>Luc et al. 2016: a small discriminator learns to tell ground-truth label maps from the model&apos;s, and the model also learns to fool it. Its two losses are drawn with the training loss.</source>
        <translation>Luc et al. 2016 : un petit discriminateur apprend à distinguer les cartes de classes de la vérité terrain de celles du modèle, et le modèle apprend aussi à le tromper. Ses deux pertes sont tracées avec la perte d&apos;entraînement.</translation>
    </message>
    <message>
        <source>The adversarial term&apos;s weight next to the segmentation loss.</source>
        <translation>Le poids du terme antagoniste par rapport à la perte de segmentation.</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Poids</translation>
    </message>
    <message>
        <source>Discriminator learning rate</source>
        <translation>Taux d&apos;apprentissage du discriminateur</translation>
    </message>
    <message>
        <source>Learn from scribbles (dense-CRF loss)</source>
        <translation>Apprendre à partir de gribouillis (perte CRF dense)</translation>
    </message>
    <message>
        <source>Tang et al. 2018: for partly painted masks. Besides the painted pixels, every pixel is asked to share the class of nearby pixels of similar colour, so the labels spread from the strokes up to the image&apos;s edges.</source>
        <translation>Tang et al. 2018 : pour les masques partiellement peints. Outre les pixels peints, chaque pixel est incité à partager la classe des pixels voisins de couleur semblable, si bien que les annotations s&apos;étendent des traits jusqu&apos;aux contours de l&apos;image.</translation>
    </message>
    <message>
        <source>The CRF term&apos;s weight next to the segmentation loss.</source>
        <translation>Le poids du terme CRF par rapport à la perte de segmentation.</translation>
    </message>
    <message>
        <source>How far apart two pixels may be and still be asked to agree.</source>
        <translation>Jusqu&apos;à quelle distance deux pixels sont encore incités à s&apos;accorder.</translation>
    </message>
    <message>
        <source>How different in colour (0 to 255 levels) two pixels may be and still be asked to agree.</source>
        <translation>Jusqu&apos;à quelle différence de couleur (0 à 255 niveaux) deux pixels sont encore incités à s&apos;accorder.</translation>
    </message>
    <message>
        <source>Reach</source>
        <translation>Portée</translation>
    </message>
    <message>
        <source>Colour tolerance</source>
        <translation>Tolérance de couleur</translation>
    </message>
    <message>
        <source>Runtime</source>
        <translation>Exécution</translation>
    </message>
    <message>
        <source>all cores (%1)</source>
        <translation>tous les cœurs (%1)</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>CUDA GPU</source>
        <translation>GPU CUDA</translation>
    </message>
    <message>
        <source>Data-parallel training: this many processes each train a share of every epoch with the batch size above, and average their gradients after each step. On one machine, one process with all cores is faster; several processes rehearse a run across machines (see docs/distributed.md). The cores are shared out between the processes when Threads is &quot;all cores&quot;.</source>
        <translation>Entraînement à parallélisme de données : ce nombre de processus entraînent chacun une part de chaque époque avec la taille de lot ci-dessus, et font la moyenne de leurs gradients après chaque pas. Sur une seule machine, un processus avec tous les cœurs est plus rapide ; plusieurs processus permettent de simuler une session répartie sur plusieurs machines (voir docs/distributed.md). Les cœurs sont répartis entre les processus quand Fils d&apos;exécution vaut « tous les cœurs ».</translation>
    </message>
    <message>
        <source>Threads</source>
        <translation>Fils d&apos;exécution</translation>
    </message>
    <message>
        <source>Processes</source>
        <translation>Processus</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Périphérique</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Démarrer</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
</context>
<context>
    <name>seg::ui::UserGuideWindow</name>
    <message>
        <source>SegStudio User Guide</source>
        <translation>Guide de l&apos;utilisateur de SegStudio</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
</context>
<context>
    <name>seg::ui::ValidationBrowser</name>
    <message>
        <source>Score Validation Images</source>
        <translation>Évaluer les images de validation</translation>
    </message>
    <message>
        <source>Predicts every validation image with the ticked models</source>
        <translation>Prédit chaque image de validation avec les modèles cochés</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Only images whose ground truth holds this class</source>
        <translation>Seulement les images dont la vérité terrain contient cette classe</translation>
    </message>
    <message>
        <source>Fix Label</source>
        <translation>Corriger l&apos;annotation</translation>
    </message>
    <message>
        <source>Open the image for painting, with the model&apos;s prediction as a reference layer</source>
        <translation>Ouvrir l&apos;image pour la peindre, avec la prédiction du modèle comme calque de référence</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Afficher :</translation>
    </message>
    <message>
        <source>every image</source>
        <translation>toutes les images</translation>
    </message>
    <message>
        <source>with %1</source>
        <translation>avec %1</translation>
    </message>
    <message>
        <source>Scoring...</source>
        <translation>Évaluation...</translation>
    </message>
    <message>
        <source>Tick models, then score the validation images to find the worst.</source>
        <translation>Cochez des modèles, puis évaluez les images de validation pour trouver les pires.</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s); corrected labels are rescored here, score again for the split&apos;s totals</source>
        <translation>
            <numerusform>%n image ; les annotations corrigées sont réévaluées ici, évaluez de nouveau pour les totaux de la partition</numerusform>
            <numerusform>%n images ; les annotations corrigées sont réévaluées ici, évaluez de nouveau pour les totaux de la partition</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s), worst first</source>
        <translation>
            <numerusform>%n image, la pire en premier</numerusform>
            <numerusform>%n images, les pires en premier</numerusform>
        </translation>
    </message>
    <message>
        <source>Scoring... %1</source>
        <translation>Évaluation... %1</translation>
    </message>
</context>
<context>
    <name>seg::ui::WelcomePage</name>
    <message>
        <source>Welcome to SegStudio</source>
        <translation>Bienvenue dans SegStudio</translation>
    </message>
    <message>
        <source>Paint segmentation masks, train models on them, and compare their predictions.</source>
        <translation>Peignez des masques de segmentation, entraînez des modèles dessus et comparez leurs prédictions.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Commencer</translation>
    </message>
    <message>
        <source>Open the Demo Project</source>
        <translation>Ouvrir le projet de démonstration</translation>
    </message>
    <message>
        <source>500 synthetic-shapes images with their masks, ready to train a U-Net in a few minutes. Made on first use.</source>
        <translation>500 images de formes synthétiques avec leurs masques, prêtes pour entraîner un U-Net en quelques minutes. Créé à la première ouverture.</translation>
    </message>
    <message>
        <source>New Project from Image Folder...</source>
        <translation>Nouveau projet à partir d&apos;un dossier d&apos;images...</translation>
    </message>
    <message>
        <source>A folder of your own images, to paint their masks.</source>
        <translation>Un dossier de vos propres images, pour peindre leurs masques.</translation>
    </message>
    <message>
        <source>New Project from Dataset...</source>
        <translation>Nouveau projet à partir d&apos;un jeu de données...</translation>
    </message>
    <message>
        <source>Images with masks: VOC, PennFudan, images/ and masks/ folders, or change pairs.</source>
        <translation>Images avec masques : VOC, PennFudan, dossiers images/ et masks/, ou paires de détection de changements.</translation>
    </message>
    <message>
        <source>Open Project...</source>
        <translation>Ouvrir un projet...</translation>
    </message>
    <message>
        <source>A folder holding a project.json.</source>
        <translation>Un dossier contenant un project.json.</translation>
    </message>
    <message>
        <source>Read the User Guide</source>
        <translation>Lire le guide de l&apos;utilisateur</translation>
    </message>
    <message>
        <source>Recent Projects</source>
        <translation>Projets récents</translation>
    </message>
    <message>
        <source>%1 (not found)
%2</source>
        <translation>%1 (introuvable)
%2</translation>
    </message>
    <message>
        <source>No recent projects yet.</source>
        <translation>Aucun projet récent pour le moment.</translation>
    </message>
</context>
</TS>
