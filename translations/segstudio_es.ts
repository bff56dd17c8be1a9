<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AnalysisImages</name>
    <message>
        <source>correct</source>
        <translation>correcto</translation>
    </message>
    <message>
        <source>wrong class</source>
        <translation>clase incorrecta</translation>
    </message>
    <message>
        <source>missed (object predicted as background)</source>
        <translation>no detectado (objeto predicho como fondo)</translation>
    </message>
    <message>
        <source>false alarm (background predicted as object)</source>
        <translation>falsa alarma (fondo predicho como objeto)</translation>
    </message>
    <message>
        <source>ignored (unlabelled in the ground truth)</source>
        <translation>ignorado (sin etiquetar en la verdad de referencia)</translation>
    </message>
    <message>
        <source>both predict the same</source>
        <translation>ambos predicen lo mismo</translation>
    </message>
    <message>
        <source>%1 right, %2 wrong</source>
        <translation>%1 acierta, %2 falla</translation>
    </message>
    <message>
        <source>they differ, both wrong</source>
        <translation>difieren, ambos fallan</translation>
    </message>
    <message>
        <source>they differ, no ground truth</source>
        <translation>difieren, sin verdad de referencia</translation>
    </message>
</context>
<context>
    <name>ArchitectureFlags</name>
    <message>
        <source>Architecture: %1.</source>
        <translation>Arquitectura: %1.</translation>
    </message>
    <message>
        <source>Default: %1.</source>
        <translation>Por defecto: %1.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>%1: %2 %3; default %4.</source>
        <translation>%1: %2 %3; por defecto %4.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>value</source>
        <translation>valor</translation>
    </message>
    <message>
        <source>unknown model &apos;%1&apos; (expected one of: %2)</source>
        <translation>modelo desconocido &apos;%1&apos; (se esperaba uno de: %2)</translation>
    </message>
    <message>
        <source>--%1 does not apply to %2 (its options: %3)</source>
        <translation>--%1 no se aplica a %2 (sus opciones: %3)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>--%1 must be a whole number, not &apos;%2&apos;</source>
        <translation>--%1 debe ser un número entero, no &apos;%2&apos;</translation>
    </message>
</context>
<context>
    <name>BoxTool</name>
    <message>
        <source>Accept live prediction in a box</source>
        <translation>Aceptar la predicción en vivo en un recuadro</translation>
    </message>
    <message>
        <source>Rectangle fill</source>
        <translation>Relleno rectangular</translation>
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
        <translation>Uso: segstudio-cli &lt;comando&gt; [opciones]

Comandos:
  synth     escribe el conjunto de datos de formas sintéticas
  inspect   analiza un conjunto de datos: número, tamaños, frecuencias de clase, problemas
  score     evalúa máscaras predichas frente a la verdad de referencia
  demo      crea el proyecto de demostración
  init      convierte un conjunto de datos o una carpeta de imágenes en un proyecto
  scribble  sustituye las máscaras de entrenamiento de un proyecto por garabatos de ellas
  train     entrena un modelo (cualquiera de &apos;segstudio-cli model --list&apos;)
  eval      evalúa un punto de control en una partición del conjunto de datos
  predict   escribe máscaras predichas para imágenes
  compare   evalúa de 2 a 4 modelos lado a lado en una partición del conjunto de datos
  export    escribe el modelo de un punto de control como módulo TorchScript
  model     muestra los parámetros y los GMACs de un modelo
  runs      lista las ejecuciones de entrenamiento de un proyecto y su mejor mIoU

Opciones:
  -h, --help       esta lista
  -v, --version    la versión de SegStudio

Ejecute &apos;segstudio-cli &lt;comando&gt; --help&apos; para ver las opciones de un comando.
</translation>
    </message>
    <message>
        <source>segstudio-cli: unexpected error: %1</source>
        <translation>segstudio-cli: error inesperado: %1</translation>
    </message>
    <message>
        <source>segstudio-cli: unknown command &apos;%1&apos;</source>
        <translation>segstudio-cli: comando desconocido &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>CommandParser</name>
    <message>
        <source>--%1 must be a whole number from %2 to %3 (got &apos;%4&apos;)</source>
        <translation>--%1 debe ser un número entero de %2 a %3 (se recibió &apos;%4&apos;)</translation>
    </message>
    <message>
        <source>--%1 must be a number from %2 to %3 (got &apos;%4&apos;)</source>
        <translation>--%1 debe ser un número de %2 a %3 (se recibió &apos;%4&apos;)</translation>
    </message>
    <message>
        <source>Run &apos;%1 %2 --help&apos; for usage.</source>
        <translation>Ejecute &apos;%1 %2 --help&apos; para ver el uso.</translation>
    </message>
</context>
<context>
    <name>CompareCommand</name>
    <message>
        <source>metric</source>
        <translation>métrica</translation>
    </message>
    <message>
        <source>* best of the row (not marked when all are equal)</source>
        <translation>* mejor de la fila (sin marcar si todos son iguales)</translation>
    </message>
    <message>
        <source>Scores 2 to 4 models on the same dataset split and prints their metrics side by
side, the best of each row marked. Models are checkpoints or TorchScript files.</source>
        <translation>Evalúa de 2 a 4 modelos en la misma partición del conjunto de datos y muestra sus
métricas lado a lado, con la mejor de cada fila marcada. Los modelos son puntos de
control o archivos TorchScript.</translation>
    </message>
    <message>
        <source>A model: a checkpoint or a TorchScript file (give 2 to 4).</source>
        <translation>Un modelo: un punto de control o un archivo TorchScript (indique de 2 a 4).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <source>Dataset folder or project.</source>
        <translation>Carpeta del conjunto de datos o proyecto.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>carpeta</translation>
    </message>
    <message>
        <source>val, train, test or all (default val).</source>
        <translation>val, train, test o all (por defecto val).</translation>
    </message>
    <message>
        <source>split</source>
        <translation>partición</translation>
    </message>
    <message>
        <source>Also write the table as CSV to this file.</source>
        <translation>Escribir también la tabla en formato CSV en este archivo.</translation>
    </message>
    <message>
        <source>Also write a PNG grid: the hardest images (lowest mIoU over the models) in rows; image, ground truth and each model&apos;s prediction in columns.</source>
        <translation>Escribir también una cuadrícula PNG: las imágenes más difíciles (menor mIoU entre los modelos) en filas; la imagen, la verdad de referencia y la predicción de cada modelo en columnas.</translation>
    </message>
    <message>
        <source>Rows of the grid (default 4).</source>
        <translation>Filas de la cuadrícula (por defecto 4).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>give 2 to 4 --model files and --data</source>
        <translation>indique de 2 a 4 archivos con --model y --data</translation>
    </message>
    <message>
        <source>--split must be val, train, test or all</source>
        <translation>--split debe ser val, train, test o all</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>advertencia: %1</translation>
    </message>
    <message numerus="yes">
        <source>Compared %n model(s) on %1 images (%2 split)</source>
        <translation>
            <numerusform>Se comparó %n modelo en %1 imágenes (partición %2)</numerusform>
            <numerusform>Se compararon %n modelos en %1 imágenes (partición %2)</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote the table to %1</source>
        <translation>Tabla escrita en %1</translation>
    </message>
    <message>
        <source>Wrote the grid to %1</source>
        <translation>Cuadrícula escrita en %1</translation>
    </message>
</context>
<context>
    <name>ConsoleObserver</name>
    <message>
        <source>rank %1: </source>
        <translation>proceso %1: </translation>
    </message>
    <message>
        <source>Training on %1 images, validating on %2; %3 iterations per epoch; %4 threads, %5</source>
        <translation>Entrenando con %1 imágenes, validando con %2; %3 iteraciones por época; %4 hilos, %5</translation>
    </message>
    <message>
        <source>epoch %1/%2  iteration %3/%4  loss %5  lr %6  %7 img/s</source>
        <translation>época %1/%2  iteración %3/%4  pérdida %5  lr %6  %7 img/s</translation>
    </message>
    <message>
        <source>  adversarial %1  discriminator %2</source>
        <translation>  adversarial %1  discriminador %2</translation>
    </message>
    <message>
        <source>epoch %1/%2  loss %3  val loss %4  pixel accuracy %5  mIoU %6  %7 s%8</source>
        <translation>época %1/%2  pérdida %3  pérdida val. %4  exactitud de píxeles %5  mIoU %6  %7 s%8</translation>
    </message>
    <message>
        <source>  (best)</source>
        <translation>  (mejor)</translation>
    </message>
</context>
<context>
    <name>DatasetFlags</name>
    <message>
        <source>Change-detection datasets: the folders of the before images, the after images and the change labels (default %1,%2,%3, as LEVIR-CD).</source>
        <translation>Conjuntos de datos de detección de cambios: las carpetas de las imágenes anteriores, de las posteriores y de las etiquetas de cambio (por defecto %1,%2,%3, como LEVIR-CD).</translation>
    </message>
    <message>
        <source>before,after,label</source>
        <translation>anterior,posterior,etiqueta</translation>
    </message>
    <message>
        <source>--change-folders takes three folder names, e.g. A,B,label (got &apos;%1&apos;)</source>
        <translation>--change-folders recibe tres nombres de carpeta, p. ej. A,B,label (se recibió &apos;%1&apos;)</translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <source>Creates the demo project (synthetic shapes, 500 images of 128x128) in a folder,
as the app does on first start.</source>
        <translation>Crea el proyecto de demostración (formas sintéticas, 500 imágenes de 128x128) en una
carpeta, como hace la aplicación al iniciarse por primera vez.</translation>
    </message>
    <message>
        <source>Project folder to create.</source>
        <translation>Carpeta del proyecto que se creará.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>carpeta</translation>
    </message>
    <message>
        <source>--out is required</source>
        <translation>--out es obligatorio</translation>
    </message>
    <message>
        <source>Created demo project %1</source>
        <translation>Proyecto de demostración creado: %1</translation>
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
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>There is not enough memory for this.</source>
        <translation>No hay memoria suficiente para esta operación.</translation>
    </message>
    <message>
        <source>Unexpected error: %1</source>
        <translation>Error inesperado: %1</translation>
    </message>
    <message>
        <source>Unexpected error of an unknown kind.</source>
        <translation>Error inesperado de tipo desconocido.</translation>
    </message>
    <message>
        <source>The file or folder does not exist.</source>
        <translation>El archivo o la carpeta no existe.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>El archivo está vacío.</translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation>No se puede leer el archivo.</translation>
    </message>
    <message>
        <source>The file is truncated.</source>
        <translation>El archivo está truncado.</translation>
    </message>
    <message>
        <source>The file is not an image.</source>
        <translation>El archivo no es una imagen.</translation>
    </message>
    <message>
        <source>The file&apos;s format is not supported.</source>
        <translation>El formato del archivo no es compatible.</translation>
    </message>
    <message>
        <source>The mask and its image differ in size.</source>
        <translation>La máscara y su imagen tienen tamaños distintos.</translation>
    </message>
    <message>
        <source>The mask holds values that are not classes.</source>
        <translation>La máscara contiene valores que no son clases.</translation>
    </message>
    <message>
        <source>The folder is not a dataset SegStudio can read.</source>
        <translation>La carpeta no es un conjunto de datos que SegStudio pueda leer.</translation>
    </message>
    <message>
        <source>The file is not valid JSON.</source>
        <translation>El archivo no es un JSON válido.</translation>
    </message>
    <message>
        <source>The file&apos;s content is invalid.</source>
        <translation>El contenido del archivo no es válido.</translation>
    </message>
    <message>
        <source>The file was written by a newer SegStudio.</source>
        <translation>El archivo se escribió con una versión más reciente de SegStudio.</translation>
    </message>
    <message>
        <source>An option has an invalid value.</source>
        <translation>Una opción tiene un valor no válido.</translation>
    </message>
    <message>
        <source>The file cannot be written.</source>
        <translation>No se puede escribir el archivo.</translation>
    </message>
    <message>
        <source>Unknown error.</source>
        <translation>Error desconocido.</translation>
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
        <translation>imagen</translation>
    </message>
    <message>
        <source>pixel acc</source>
        <translation>exact. píxeles</translation>
    </message>
    <message>
        <source>mIoU</source>
        <translation>mIoU</translation>
    </message>
    <message>
        <source>worst class (IoU)</source>
        <translation>peor clase (IoU)</translation>
    </message>
    <message>
        <source>Scores a model (a checkpoint or TorchScript file) on a dataset&apos;s validation split
(or another split): the metrics table of `score`, from the model alone.</source>
        <translation>Evalúa un modelo (punto de control o archivo TorchScript) en la partición de validación
(u otra partición) de un conjunto de datos: la tabla de métricas de `score`, a partir
solo del modelo.</translation>
    </message>
    <message>
        <source>A checkpoint (best.pt or last.pt of a run) or a TorchScript model.</source>
        <translation>Un punto de control (best.pt o last.pt de una ejecución) o un modelo TorchScript.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <source>Dataset folder or project.</source>
        <translation>Carpeta del conjunto de datos o proyecto.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>carpeta</translation>
    </message>
    <message>
        <source>val, train, test or all (default val).</source>
        <translation>val, train, test o all (por defecto val).</translation>
    </message>
    <message>
        <source>split</source>
        <translation>partición</translation>
    </message>
    <message>
        <source>Validation share when the dataset has no split files (default 0.2).</source>
        <translation>Proporción de validación cuando el conjunto de datos no tiene archivos de partición (por defecto 0.2).</translation>
    </message>
    <message>
        <source>f</source>
        <translation>f</translation>
    </message>
    <message>
        <source>Print the scores as JSON.</source>
        <translation>Mostrar las puntuaciones en formato JSON.</translation>
    </message>
    <message>
        <source>Also list each image&apos;s pixel accuracy, mIoU and worst class, worst first.</source>
        <translation>Listar también la exactitud de píxeles, el mIoU y la peor clase de cada imagen, de peor a mejor.</translation>
    </message>
    <message>
        <source>--checkpoint and --data are required</source>
        <translation>--checkpoint y --data son obligatorios</translation>
    </message>
    <message>
        <source>--split must be val, train, test or all</source>
        <translation>--split debe ser val, train, test o all</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>advertencia: %1</translation>
    </message>
    <message>
        <source>Evaluated %1 images (%2 split)</source>
        <translation>Se evaluaron %1 imágenes (partición %2)</translation>
    </message>
    <message numerus="yes">
        <source>, with dense CRF post-processing (%n iteration(s))</source>
        <translation>
            <numerusform>, con posprocesado CRF denso (%n iteración)</numerusform>
            <numerusform>, con posprocesado CRF denso (%n iteraciones)</numerusform>
        </translation>
    </message>
    <message>
        <source>Change class: precision %1, recall %2, F1 %3, IoU %4</source>
        <translation>Clase de cambio: precisión %1, exhaustividad %2, F1 %3, IoU %4</translation>
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
        <translation>Escribe el modelo de un punto de control como módulo TorchScript para PyTorch:
  model = torch.jit.load(&quot;model.pt&quot;)
  logits = model(x)  # x: float [N, 3, H, W], RGB en [0, 1] normalizado con
                     # model.mean y model.std; cualquier H y W
Devuelve logits [N, classes, H, W], los mismos que calcula SegStudio; los nombres de
las clases están en model.class_names. SegStudio también abre el archivo como modelo.</translation>
    </message>
    <message>
        <source>A checkpoint (best.pt or last.pt of a run).</source>
        <translation>Un punto de control (best.pt o last.pt de una ejecución).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <source>The TorchScript file to write.</source>
        <translation>El archivo TorchScript que se escribirá.</translation>
    </message>
    <message>
        <source>--checkpoint and --out are required</source>
        <translation>--checkpoint y --out son obligatorios</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: %2, %n class(es); load it with torch.jit.load</source>
        <translation>
            <numerusform>Se escribió %1: %2, %n clase; cárguelo con torch.jit.load</numerusform>
            <numerusform>Se escribió %1: %2, %n clases; cárguelo con torch.jit.load</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FillTool</name>
    <message>
        <source>Flood fill</source>
        <translation>Relleno por inundación</translation>
    </message>
</context>
<context>
    <name>GuiMain</name>
    <message>
        <source>SegStudio: paint masks, train segmentation models, compare them.</source>
        <translation>SegStudio: pinte máscaras, entrene modelos de segmentación y compárelos.</translation>
    </message>
    <message>
        <source>Open the demo project (synthetic shapes), creating it on first use.</source>
        <translation>Abrir el proyecto de demostración (formas sintéticas), creándolo la primera vez.</translation>
    </message>
    <message>
        <source>Project folder or project.json to open.</source>
        <translation>Carpeta del proyecto o project.json que se abrirá.</translation>
    </message>
    <message>
        <source>[project]</source>
        <translation>[proyecto]</translation>
    </message>
</context>
<context>
    <name>InitCommand</name>
    <message>
        <source>Makes a folder a SegStudio project (writes project.json into it), as the window&apos;s
File &gt; New Project does: a dataset in any layout SegStudio reads, or with --images
a plain folder of images to annotate.</source>
        <translation>Convierte una carpeta en un proyecto de SegStudio (escribe project.json en ella), como
hace Archivo &gt; Nuevo proyecto en la ventana: un conjunto de datos con cualquier estructura
que SegStudio lea o, con --images, una carpeta simple de imágenes para anotar.</translation>
    </message>
    <message>
        <source>The dataset or image folder.</source>
        <translation>El conjunto de datos o la carpeta de imágenes.</translation>
    </message>
    <message>
        <source>A plain folder of images to annotate.</source>
        <translation>Una carpeta simple de imágenes para anotar.</translation>
    </message>
    <message>
        <source>With --images: class names, comma-separated (background,object).</source>
        <translation>Con --images: nombres de clase, separados por comas (background,object).</translation>
    </message>
    <message>
        <source>names</source>
        <translation>nombres</translation>
    </message>
    <message>
        <source>give one folder</source>
        <translation>indique una carpeta</translation>
    </message>
    <message numerus="yes">
        <source>Created %1 with %n classes</source>
        <translation>
            <numerusform>Se creó %1 con %n clase</numerusform>
            <numerusform>Se creó %1 con %n clases</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InspectCommand</name>
    <message>
        <source>Dataset   %1</source>
        <translation>Datos       %1</translation>
    </message>
    <message>
        <source>Layout    %1</source>
        <translation>Estructura  %1</translation>
    </message>
    <message>
        <source>Samples   %1 (%2 labelled, %3 unlabelled)</source>
        <translation>Muestras    %1 (%2 etiquetadas, %3 sin etiquetar)</translation>
    </message>
    <message>
        <source>Split     train %1, val %2, test %3</source>
        <translation>Partición   entrenamiento %1, validación %2, prueba %3</translation>
    </message>
    <message>
        <source>%1x%2 (%3)</source>
        <translation>%1x%2 (%3)</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>y %1 más</translation>
    </message>
    <message>
        <source>Sizes     %1</source>
        <translation>Tamaños     %1</translation>
    </message>
    <message>
        <source>Classes (inferred from the mask values; add labels.txt to name them)</source>
        <translation>Clases (deducidas de los valores de las máscaras; añada labels.txt para darles nombre)</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>Clases</translation>
    </message>
    <message>
        <source>index</source>
        <translation>índice</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>pixels</source>
        <translation>píxeles</translation>
    </message>
    <message>
        <source>share</source>
        <translation>proporción</translation>
    </message>
    <message>
        <source>(ignored)</source>
        <translation>(ignorada)</translation>
    </message>
    <message>
        <source>Problems  %1 (%2 samples skipped)</source>
        <translation>Problemas   %1 (%2 muestras omitidas)</translation>
    </message>
    <message>
        <source>Reads every sample of a dataset and reports counts, image sizes, class pixel
frequencies and the problems found (bad files are skipped and listed).</source>
        <translation>Lee todas las muestras de un conjunto de datos e informa de recuentos, tamaños de imagen,
frecuencias de píxeles por clase y problemas encontrados (los archivos dañados se omiten
y se listan).</translation>
    </message>
    <message>
        <source>Dataset folder (VOC, PennFudan or images/ + masks/).</source>
        <translation>Carpeta del conjunto de datos (VOC, PennFudan o images/ + masks/).</translation>
    </message>
    <message>
        <source>Print the report as JSON.</source>
        <translation>Mostrar el informe en formato JSON.</translation>
    </message>
    <message>
        <source>Stop at the first problem (exit code 1) instead of skipping.</source>
        <translation>Detenerse en el primer problema (código de salida 1) en lugar de omitirlo.</translation>
    </message>
    <message>
        <source>Force the layout: voc, pennfudan, folders or images.</source>
        <translation>Forzar la estructura: voc, pennfudan, folders o images.</translation>
    </message>
    <message>
        <source>layout</source>
        <translation>estructura</translation>
    </message>
    <message>
        <source>Validation share when the dataset has no split files (default 0.2).</source>
        <translation>Proporción de validación cuando el conjunto de datos no tiene archivos de partición (por defecto 0.2).</translation>
    </message>
    <message>
        <source>f</source>
        <translation>f</translation>
    </message>
    <message>
        <source>Seed of that split (default 42).</source>
        <translation>Semilla de esa partición (por defecto 42).</translation>
    </message>
    <message>
        <source>k</source>
        <translation>k</translation>
    </message>
    <message>
        <source>give exactly one dataset folder</source>
        <translation>indique exactamente una carpeta de conjunto de datos</translation>
    </message>
    <message>
        <source>--layout must be voc, pennfudan, folders or images</source>
        <translation>--layout debe ser voc, pennfudan, folders o images</translation>
    </message>
</context>
<context>
    <name>MetricsTable</name>
    <message>
        <source>class</source>
        <translation>clase</translation>
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
        <translation>Prec.</translation>
    </message>
    <message>
        <source>GT pixels</source>
        <translation>Píxeles ref.</translation>
    </message>
    <message>
        <source>Pixel accuracy        %1</source>
        <translation>Exactitud de píxeles       %1</translation>
    </message>
    <message>
        <source>Mean class accuracy   %1</source>
        <translation>Exactitud media por clase  %1</translation>
    </message>
    <message>
        <source>Mean IoU              %1</source>
        <translation>IoU medio                  %1</translation>
    </message>
    <message>
        <source>FW IoU                %1</source>
        <translation>FW IoU                     %1</translation>
    </message>
    <message>
        <source>Mean Dice             %1</source>
        <translation>Dice medio                 %1</translation>
    </message>
</context>
<context>
    <name>ModelCommand</name>
    <message>
        <source>Prints a model&apos;s size: parameters, convolutions and matrix products, and the multiply-accumulates (GMACs) of one forward pass.</source>
        <translation>Muestra el tamaño de un modelo: parámetros, convoluciones y productos de matrices, y las multiplicaciones-acumulaciones (GMACs) de una pasada hacia delante.</translation>
    </message>
    <message>
        <source>Lists every architecture, one a line: its name, its label and what it takes (image, or pair for change detection), tab-separated.</source>
        <translation>Lista todas las arquitecturas, una por línea: su nombre, su etiqueta y lo que recibe (image, o pair para detección de cambios), separados por tabuladores.</translation>
    </message>
    <message>
        <source>Number of classes.</source>
        <translation>Número de clases.</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Input size: S or WxH (default 512).</source>
        <translation>Tamaño de entrada: S o WxH (por defecto 512).</translation>
    </message>
    <message>
        <source>size</source>
        <translation>tamaño</translation>
    </message>
    <message>
        <source>--size must be S or WxH with sides from 8 to 8192</source>
        <translation>--size debe ser S o WxH con lados de 8 a 8192</translation>
    </message>
    <message>
        <source>%1 (%2) at %3x%4: %5 parameters (%6 M), %7 convolutions, %8 matrix products; %9 GMACs per forward pass (multiply-accumulates; FLOPs are twice as many)</source>
        <translation>%1 (%2) a %3x%4: %5 parámetros (%6 M), %7 convoluciones, %8 productos de matrices; %9 GMACs por pasada hacia delante (multiplicaciones-acumulaciones; los FLOPs son el doble)</translation>
    </message>
    <message>
        <source>Model zoo, with its default options: %1</source>
        <translation>Catálogo de modelos, con sus opciones por defecto: %1</translation>
    </message>
</context>
<context>
    <name>ModelOptions</name>
    <message>
        <source>Refine the probabilities with a fully connected CRF (dense CRF): pixels close in position and colour lean to the same class.</source>
        <translation>Refinar las probabilidades con un CRF totalmente conectado (CRF denso): los píxeles cercanos en posición y color tienden a la misma clase.</translation>
    </message>
    <message>
        <source>CRF mean-field iterations (default %1; implies --crf).</source>
        <translation>Iteraciones de campo medio del CRF (por defecto %1; implica --crf).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>CRF appearance kernel: weight, spatial width in pixels, colour width (default %1,%2,%3; implies --crf).</source>
        <translation>Núcleo de apariencia del CRF: peso, ancho espacial en píxeles, ancho de color (por defecto %1,%2,%3; implica --crf).</translation>
    </message>
    <message>
        <source>w,px,colour</source>
        <translation>p,px,color</translation>
    </message>
    <message>
        <source>CRF smoothness kernel: weight, spatial width in pixels (default %1,%2; implies --crf).</source>
        <translation>Núcleo de suavidad del CRF: peso, ancho espacial en píxeles (por defecto %1,%2; implica --crf).</translation>
    </message>
    <message>
        <source>w,px</source>
        <translation>p,px</translation>
    </message>
    <message>
        <source>--crf-appearance takes three numbers, e.g. 5,30,13</source>
        <translation>--crf-appearance recibe tres números, p. ej. 5,30,13</translation>
    </message>
    <message>
        <source>--crf-smoothness takes two numbers, e.g. 3,3</source>
        <translation>--crf-smoothness recibe dos números, p. ej. 3,3</translation>
    </message>
    <message>
        <source>TorchScript models: class names, comma-separated, or a labels.txt or classes.json file. Without it, the settings stored next to the model (or inside a model SegStudio exported) apply.</source>
        <translation>Modelos TorchScript: nombres de clase separados por comas, o un archivo labels.txt o classes.json. Sin esta opción se aplican los ajustes guardados junto al modelo (o dentro de un modelo exportado por SegStudio).</translation>
    </message>
    <message>
        <source>names|file</source>
        <translation>nombres|archivo</translation>
    </message>
    <message>
        <source>TorchScript models: input mean per RGB channel (default ImageNet&apos;s 0.485,0.456,0.406).</source>
        <translation>Modelos TorchScript: media de entrada por canal RGB (por defecto la de ImageNet, 0.485,0.456,0.406).</translation>
    </message>
    <message>
        <source>r,g,b</source>
        <translation>r,g,b</translation>
    </message>
    <message>
        <source>TorchScript models: input standard deviation per RGB channel (default ImageNet&apos;s 0.229,0.224,0.225).</source>
        <translation>Modelos TorchScript: desviación típica de entrada por canal RGB (por defecto la de ImageNet, 0.229,0.224,0.225).</translation>
    </message>
    <message>
        <source>TorchScript models traced at one size: WxH; images are resized to it.</source>
        <translation>Modelos TorchScript trazados a un tamaño fijo: WxH; las imágenes se redimensionan a él.</translation>
    </message>
    <message>
        <source>size</source>
        <translation>tamaño</translation>
    </message>
    <message>
        <source>--mean, --std and --input-size go with --classes</source>
        <translation>--mean, --std y --input-size van con --classes</translation>
    </message>
    <message>
        <source>--%1 takes three numbers separated by commas, e.g. 0.5,0.5,0.5</source>
        <translation>--%1 recibe tres números separados por comas, p. ej. 0.5,0.5,0.5</translation>
    </message>
    <message>
        <source>--input-size takes WxH, e.g. 520x520</source>
        <translation>--input-size recibe WxH, p. ej. 520x520</translation>
    </message>
</context>
<context>
    <name>ModelTable</name>
    <message>
        <source>Backbone</source>
        <translation>Red troncal</translation>
    </message>
    <message>
        <source>The encoder: a ResNet (He et al. 2016) or a VGG network (Simonyan and Zisserman 2015).</source>
        <translation>El codificador: una ResNet (He et al. 2016) o una red VGG (Simonyan y Zisserman 2015).</translation>
    </message>
    <message>
        <source>The encoder: a ResNet (He et al. 2016).</source>
        <translation>El codificador: una ResNet (He et al. 2016).</translation>
    </message>
    <message>
        <source>The encoder: a VGG network (Simonyan and Zisserman 2015).</source>
        <translation>El codificador: una red VGG (Simonyan y Zisserman 2015).</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Anchura</translation>
    </message>
    <message>
        <source>Channels of the backbone&apos;s first stage: 64 as in the papers; fewer train faster.</source>
        <translation>Canales de la primera etapa de la red troncal: 64 como en los artículos; con menos se entrena más rápido.</translation>
    </message>
    <message>
        <source>Output stride</source>
        <translation>Paso de salida</translation>
    </message>
    <message>
        <source>How much smaller than the image the deepest features are: 8 keeps finer detail and costs about four times more.</source>
        <translation>Cuántas veces más pequeñas que la imagen son las características más profundas: 8 conserva más detalle y cuesta unas cuatro veces más.</translation>
    </message>
    <message>
        <source>Atrous rate</source>
        <translation>Tasa atrous</translation>
    </message>
    <message>
        <source>scaled to the training crop</source>
        <translation>escalada al recorte de entrenamiento</translation>
    </message>
    <message>
        <source>Channels of the highest-resolution branch (W); the others have 2W, 4W and 8W. 18 as in HRNet-W18.</source>
        <translation>Canales de la rama de mayor resolución (W); las demás tienen 2W, 4W y 8W. 18 como en HRNet-W18.</translation>
    </message>
    <message>
        <source>Channels of the first stage and of every attention head; the stages have 1, 2, 5 and 8 times as many. 32 as in MiT-B0.</source>
        <translation>Canales de la primera etapa y de cada cabeza de atención; las etapas tienen 1, 2, 5 y 8 veces más. 32 como en MiT-B0.</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>Profundidad</translation>
    </message>
    <message>
        <source>Transformer blocks in each of the four stages (2 in MiT-B0).</source>
        <translation>Bloques transformer en cada una de las cuatro etapas (2 en MiT-B0).</translation>
    </message>
    <message>
        <source>Channels of the first stage; each of the four stages doubles them. 16 as in the paper.</source>
        <translation>Canales de la primera etapa; cada una de las cuatro etapas los duplica. 16 como en el artículo.</translation>
    </message>
    <message>
        <source>Bilinear upsampling</source>
        <translation>Sobremuestreo bilineal</translation>
    </message>
    <message>
        <source>Upsample bilinearly instead of with a learned 2x2 transposed convolution.</source>
        <translation>Sobremuestrear de forma bilineal en lugar de con una convolución traspuesta 2x2 aprendida.</translation>
    </message>
    <message>
        <source>Normalisation</source>
        <translation>Normalización</translation>
    </message>
    <message>
        <source>Batch: BatchNorm, the usual choice. Instance: each image normalised by its own statistics, in training and prediction alike; learns faster from a few images (live learning uses it).</source>
        <translation>Por lote: BatchNorm, la opción habitual. Por instancia: cada imagen se normaliza con sus propias estadísticas, tanto en el entrenamiento como en la predicción; aprende más rápido con pocas imágenes (el aprendizaje en vivo la usa).</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Por lote</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>Por instancia</translation>
    </message>
    <message>
        <source>Channels of the first stage; each deeper stage doubles them.</source>
        <translation>Canales de la primera etapa; cada etapa más profunda los duplica.</translation>
    </message>
    <message>
        <source>Number of stages, each at half the resolution of the last.</source>
        <translation>Número de etapas, cada una a la mitad de resolución que la anterior.</translation>
    </message>
    <message>
        <source>DeepLab v1 (LargeFOV)</source>
        <translation>DeepLab v1 (LargeFOV)</translation>
    </message>
    <message>
        <source>Chen et al. 2015: a VGG network kept at output stride 8, and a classifier whose atrous convolution sees a large field of view.</source>
        <translation>Chen et al. 2015: una red VGG mantenida en paso de salida 8 y un clasificador cuya convolución atrous abarca un amplio campo de visión.</translation>
    </message>
    <message>
        <source>Dilation of the fc6 classifier layer: 12 in the paper, for 321-pixel crops.</source>
        <translation>Dilatación de la capa clasificadora fc6: 12 en el artículo, para recortes de 321 píxeles.</translation>
    </message>
    <message>
        <source>DeepLab v2</source>
        <translation>DeepLab v2</translation>
    </message>
    <message>
        <source>Chen et al. 2017: four atrous classifiers at rates r, 2r, 3r and 4r whose scores are summed (atrous spatial pyramid pooling).</source>
        <translation>Chen et al. 2017: cuatro clasificadores atrous con tasas r, 2r, 3r y 4r cuyas puntuaciones se suman (agrupación piramidal espacial atrous).</translation>
    </message>
    <message>
        <source>The smallest of the four rates, r: 6 in the paper, for 321-pixel crops.</source>
        <translation>La menor de las cuatro tasas, r: 6 en el artículo, para recortes de 321 píxeles.</translation>
    </message>
    <message>
        <source>U-Net</source>
        <translation>U-Net</translation>
    </message>
    <message>
        <source>Ronneberger et al. 2015: an encoder and a decoder joined by skip connections at every scale.</source>
        <translation>Ronneberger et al. 2015: un codificador y un decodificador unidos por conexiones de salto en cada escala.</translation>
    </message>
    <message>
        <source>FCN-8s</source>
        <translation>FCN-8s</translation>
    </message>
    <message>
        <source>Long et al. 2015: class scores from strides 32, 16 and 8, summed.</source>
        <translation>Long et al. 2015: puntuaciones de clase de los pasos 32, 16 y 8, sumadas.</translation>
    </message>
    <message>
        <source>FCN-16s</source>
        <translation>FCN-16s</translation>
    </message>
    <message>
        <source>Long et al. 2015: class scores from strides 32 and 16, summed.</source>
        <translation>Long et al. 2015: puntuaciones de clase de los pasos 32 y 16, sumadas.</translation>
    </message>
    <message>
        <source>FCN-32s</source>
        <translation>FCN-32s</translation>
    </message>
    <message>
        <source>Long et al. 2015: class scores from stride 32, upsampled.</source>
        <translation>Long et al. 2015: puntuaciones de clase del paso 32, sobremuestreadas.</translation>
    </message>
    <message>
        <source>SegNet</source>
        <translation>SegNet</translation>
    </message>
    <message>
        <source>Badrinarayanan et al. 2017: a VGG encoder whose max-pooling positions tell the decoder where to unpool.</source>
        <translation>Badrinarayanan et al. 2017: un codificador VGG cuyas posiciones de agrupación máxima indican al decodificador dónde deshacer la agrupación.</translation>
    </message>
    <message>
        <source>DeepLabv3</source>
        <translation>DeepLabv3</translation>
    </message>
    <message>
        <source>Chen et al. 2017: atrous spatial pyramid pooling on a dilated backbone.</source>
        <translation>Chen et al. 2017: agrupación piramidal espacial atrous sobre una red troncal dilatada.</translation>
    </message>
    <message>
        <source>DeepLabv3+</source>
        <translation>DeepLabv3+</translation>
    </message>
    <message>
        <source>Chen et al. 2018: atrous spatial pyramid pooling on a dilated backbone, and a decoder that sharpens borders with stride-4 features.</source>
        <translation>Chen et al. 2018: agrupación piramidal espacial atrous sobre una red troncal dilatada, y un decodificador que afina los bordes con características de paso 4.</translation>
    </message>
    <message>
        <source>PSPNet</source>
        <translation>PSPNet</translation>
    </message>
    <message>
        <source>Zhao et al. 2017: pyramid pooling over 1, 2, 3 and 6 bins gives every pixel the context of its region and of the whole image.</source>
        <translation>Zhao et al. 2017: la agrupación piramidal sobre 1, 2, 3 y 6 celdas da a cada píxel el contexto de su región y de toda la imagen.</translation>
    </message>
    <message>
        <source>RefineNet (light-weight)</source>
        <translation>RefineNet (ligera)</translation>
    </message>
    <message>
        <source>Lin et al. 2017: the deepest features refined step by step with finer ones: residual convolution units, multi-resolution fusion and chained residual pooling.</source>
        <translation>Lin et al. 2017: las características más profundas se refinan paso a paso con otras más finas: unidades de convolución residual, fusión multirresolución y agrupación residual encadenada.</translation>
    </message>
    <message>
        <source>HRNet (W18-small style)</source>
        <translation>HRNet (estilo W18-small)</translation>
    </message>
    <message>
        <source>Wang et al. 2020: branches at four resolutions run side by side and exchange features after every stage, so a high-resolution branch is kept all the way.</source>
        <translation>Wang et al. 2020: ramas a cuatro resoluciones funcionan en paralelo e intercambian características tras cada etapa, de modo que se conserva una rama de alta resolución de principio a fin.</translation>
    </message>
    <message>
        <source>SegFormer (MiT-B0 style)</source>
        <translation>SegFormer (estilo MiT-B0)</translation>
    </message>
    <message>
        <source>Xie et al. 2021: a hierarchical transformer encoder with efficient self-attention and overlapping patch embeddings, and a light all-MLP decoder.</source>
        <translation>Xie et al. 2021: un codificador transformer jerárquico con autoatención eficiente e incrustaciones de parches solapados, y un decodificador ligero solo MLP.</translation>
    </message>
    <message>
        <source>FC-EF (change detection)</source>
        <translation>FC-EF (detección de cambios)</translation>
    </message>
    <message>
        <source>Daudt et al. 2018: a U-Net-like network on the before and after images stacked as one 6-channel input (early fusion).</source>
        <translation>Daudt et al. 2018: una red similar a U-Net sobre las imágenes anterior y posterior apiladas en una sola entrada de 6 canales (fusión temprana).</translation>
    </message>
    <message>
        <source>FC-Siam-conc (change detection)</source>
        <translation>FC-Siam-conc (detección de cambios)</translation>
    </message>
    <message>
        <source>Daudt et al. 2018: one encoder with shared weights on each image; the decoder sees both encodings side by side.</source>
        <translation>Daudt et al. 2018: un codificador con pesos compartidos sobre cada imagen; el decodificador ve ambas codificaciones lado a lado.</translation>
    </message>
    <message>
        <source>FC-Siam-diff (change detection)</source>
        <translation>FC-Siam-diff (detección de cambios)</translation>
    </message>
    <message>
        <source>Daudt et al. 2018: one encoder with shared weights on each image; the decoder sees the absolute difference of the encodings.</source>
        <translation>Daudt et al. 2018: un codificador con pesos compartidos sobre cada imagen; el decodificador ve la diferencia absoluta de las codificaciones.</translation>
    </message>
</context>
<context>
    <name>ModelText</name>
    <message>
        <source>%1 or %2</source>
        <translation>%1 o %2</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 a %2</translation>
    </message>
    <message>
        <source>%1, a multiple of %2</source>
        <translation>%1, múltiplo de %2</translation>
    </message>
    <message>
        <source>%1 (0: %2)</source>
        <translation>%1 (0: %2)</translation>
    </message>
    <message>
        <source>on or off</source>
        <translation>activado o desactivado</translation>
    </message>
    <message>
        <source>Measured with %5 threads: %1 M parameters, %2 GMACs at 256x256, trains %3 images/s (128x128), predicts a 512x512 image in %4 ms</source>
        <translation>Medido con %5 hilos: %1 M parámetros, %2 GMACs a 256x256, entrena %3 imágenes/s (128x128), predice una imagen de 512x512 en %4 ms</translation>
    </message>
    <message>
        <source>%1; validation mIoU not measured yet.</source>
        <translation>%1; mIoU de validación aún sin medir.</translation>
    </message>
    <message>
        <source>the demo</source>
        <translation>el proyecto de demostración</translation>
    </message>
    <message>
        <source>synthetic change pairs</source>
        <translation>pares de cambio sintéticos</translation>
    </message>
    <message numerus="yes">
        <source>%1; validation mIoU %2 on %3 after %4 minutes of training (%n epoch(s)).</source>
        <translation>
            <numerusform>%1; mIoU de validación %2 en %3 tras %4 minutos de entrenamiento (%n época).</numerusform>
            <numerusform>%1; mIoU de validación %2 en %3 tras %4 minutos de entrenamiento (%n épocas).</numerusform>
        </translation>
    </message>
    <message>
        <source>on</source>
        <translation>activado</translation>
    </message>
    <message>
        <source>off</source>
        <translation>desactivado</translation>
    </message>
    <message>
        <source>Not measured yet in the model zoo.</source>
        <translation>Aún sin medir en el catálogo de modelos.</translation>
    </message>
    <message>
        <source>%1 M parameters · %2 GMACs · trains %3 img/s · %4 ms per 512² image</source>
        <translation>%1 M parámetros · %2 GMACs · entrena %3 img/s · %4 ms por imagen de 512²</translation>
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
        <translation>Predice máscaras para una imagen o una carpeta de imágenes y las escribe como PNG con
paleta con el nombre de las imágenes (y, con --overlay, las imágenes con la máscara
superpuesta, en la carpeta overlays dentro de --out, aparte de las máscaras).
Un modelo de detección de cambios recibe pares de imágenes: --input es entonces la imagen
anterior (o carpeta) y --after la imagen posterior (o una carpeta cuyas imágenes se
emparejan por nombre con las de --input).
Las imágenes mayores que el tamaño de tesela se predicen en teselas solapadas.</translation>
    </message>
    <message>
        <source>A checkpoint (best.pt or last.pt of a run) or a TorchScript model.</source>
        <translation>Un punto de control (best.pt o last.pt de una ejecución) o un modelo TorchScript.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <source>An image, or a folder of images.</source>
        <translation>Una imagen o una carpeta de imágenes.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>ruta</translation>
    </message>
    <message>
        <source>Change detection: the after image, or a folder of after images named as --input&apos;s.</source>
        <translation>Detección de cambios: la imagen posterior, o una carpeta de imágenes posteriores con los mismos nombres que las de --input.</translation>
    </message>
    <message>
        <source>Folder for the masks (created if missing).</source>
        <translation>Carpeta para las máscaras (se crea si no existe).</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>carpeta</translation>
    </message>
    <message>
        <source>Also write overlays/&lt;name&gt;_overlay.png inside --out: the image with the mask blended in.</source>
        <translation>Escribir también overlays/&lt;nombre&gt;_overlay.png dentro de --out: la imagen con la máscara superpuesta.</translation>
    </message>
    <message>
        <source>Tile size for large images (default 512).</source>
        <translation>Tamaño de tesela para imágenes grandes (por defecto 512).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>--checkpoint, --input and --out are required</source>
        <translation>--checkpoint, --input y --out son obligatorios</translation>
    </message>
    <message>
        <source>this model compares image pairs: give the after images with --after</source>
        <translation>este modelo compara pares de imágenes: indique las imágenes posteriores con --after</translation>
    </message>
    <message>
        <source>--after is for change detection models; this one predicts single images</source>
        <translation>--after es para modelos de detección de cambios; este predice imágenes individuales</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>advertencia: %1</translation>
    </message>
    <message>
        <source>Wrote %1 masks to %2</source>
        <translation>Se escribieron %1 máscaras en %2</translation>
    </message>
</context>
<context>
    <name>ProcessLauncher</name>
    <message>
        <source>No free port on the loopback interface for the processes to meet on</source>
        <translation>No hay ningún puerto libre en la interfaz de bucle invertido para que los procesos se conecten</translation>
    </message>
    <message>
        <source>Could not start training process %1: %2</source>
        <translation>No se pudo iniciar el proceso de entrenamiento %1: %2</translation>
    </message>
</context>
<context>
    <name>RunsCommand</name>
    <message>
        <source>Lists a project&apos;s training runs (runs/&lt;id&gt;/) with their model, epochs and best validation mIoU, as the window&apos;s Runs list does.</source>
        <translation>Lista las ejecuciones de entrenamiento de un proyecto (runs/&lt;id&gt;/) con su modelo, sus épocas y su mejor mIoU de validación, como la lista Ejecuciones de la ventana.</translation>
    </message>
    <message>
        <source>Project folder or project.json.</source>
        <translation>Carpeta del proyecto o project.json.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>carpeta</translation>
    </message>
    <message>
        <source>--data is required</source>
        <translation>--data es obligatorio</translation>
    </message>
    <message>
        <source>No runs in %1</source>
        <translation>No hay ejecuciones en %1</translation>
    </message>
    <message>
        <source>run</source>
        <translation>ejecución</translation>
    </message>
    <message>
        <source>model</source>
        <translation>modelo</translation>
    </message>
    <message>
        <source>epochs</source>
        <translation>épocas</translation>
    </message>
    <message>
        <source>best mIoU</source>
        <translation>mejor mIoU</translation>
    </message>
    <message>
        <source>resumable</source>
        <translation>reanudable</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>advertencia: %1</translation>
    </message>
</context>
<context>
    <name>RuntimeText</name>
    <message numerus="yes">
        <source>CUDA: %n device(s) usable</source>
        <translation>
            <numerusform>CUDA: %n dispositivo utilizable</numerusform>
            <numerusform>CUDA: %n dispositivos utilizables</numerusform>
        </translation>
    </message>
    <message>
        <source>CUDA: built in, but no usable device</source>
        <translation>CUDA: integrado, pero sin ningún dispositivo utilizable</translation>
    </message>
    <message>
        <source>CUDA: not available (this LibTorch is built for the CPU only)</source>
        <translation>CUDA: no disponible (esta LibTorch está compilada solo para CPU)</translation>
    </message>
    <message>
        <source>Qt %1, LibTorch %2 (oneDNN %3), OpenCV %4</source>
        <translation>Qt %1, LibTorch %2 (oneDNN %3), OpenCV %4</translation>
    </message>
    <message>
        <source>CPU features: %1; LibTorch&apos;s own kernels use %2</source>
        <translation>Características de la CPU: %1; los kernels propios de LibTorch usan %2</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>Threads: %1 of %2 hardware threads</source>
        <translation>Hilos: %1 de %2 hilos de hardware</translation>
    </message>
    <message>
        <source>Licence: GNU General Public License, version 3 or later</source>
        <translation>Licencia: Licencia Pública General de GNU, versión 3 o posterior</translation>
    </message>
</context>
<context>
    <name>ScissorsTool</name>
    <message>
        <source>Intelligent scissors</source>
        <translation>Tijeras inteligentes</translation>
    </message>
    <message>
        <source>Scissors fill</source>
        <translation>Relleno con tijeras</translation>
    </message>
</context>
<context>
    <name>ScoreCommand</name>
    <message>
        <source>Scored %1 mask pairs, %2 pixels</source>
        <translation>Se evaluaron %1 pares de máscaras, %2 píxeles</translation>
    </message>
    <message>
        <source>Classes were inferred from the mask values; give --classes to name them.</source>
        <translation>Las clases se dedujeron de los valores de las máscaras; use --classes para darles nombre.</translation>
    </message>
    <message>
        <source>Scores predicted masks against ground-truth masks paired by file name: per-class
IoU, Dice, accuracy and precision; pixel accuracy, mean class accuracy, mIoU,
frequency-weighted IoU and mean Dice. Pixels marked 255 in the ground truth are ignored.</source>
        <translation>Evalúa máscaras predichas frente a máscaras de verdad de referencia emparejadas por nombre
de archivo: IoU, Dice, exactitud y precisión por clase; exactitud de píxeles, exactitud
media por clase, mIoU, IoU ponderado por frecuencia y Dice medio. Los píxeles marcados con
255 en la verdad de referencia se ignoran.</translation>
    </message>
    <message>
        <source>Folder of predicted masks.</source>
        <translation>Carpeta de máscaras predichas.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>carpeta</translation>
    </message>
    <message>
        <source>Folder of ground-truth masks.</source>
        <translation>Carpeta de máscaras de verdad de referencia.</translation>
    </message>
    <message>
        <source>labels.txt or classes.json naming the classes (needed for colour masks).</source>
        <translation>labels.txt o classes.json con los nombres de las clases (necesario para máscaras en color).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <source>Print the scores as JSON.</source>
        <translation>Mostrar las puntuaciones en formato JSON.</translation>
    </message>
    <message>
        <source>Fail on the first missing or unreadable mask instead of skipping it.</source>
        <translation>Detenerse con error en la primera máscara ausente o ilegible en lugar de omitirla.</translation>
    </message>
    <message>
        <source>--pred and --gt are required</source>
        <translation>--pred y --gt son obligatorios</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>argumento inesperado &apos;%1&apos;</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>advertencia: %1</translation>
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
        <translation>Sustituye las máscaras de entrenamiento de un proyecto por garabatos de ellas, como los
pintaría un anotador con prisa: un trazo sobre cada objeto y unos pocos sobre el fondo, el
resto sin etiquetar. Las máscaras de validación quedan completas, así que las ejecuciones
se evalúan frente a toda la verdad. Para medir qué se consigue entrenar con etiquetas
dispersas, en un proyecto nuevo:
  segstudio-cli demo --out demo5 &amp;&amp; segstudio-cli scribble demo5 --fraction 0.05</translation>
    </message>
    <message>
        <source>The project (folder or project.json).</source>
        <translation>El proyecto (carpeta o project.json).</translation>
    </message>
    <message>
        <source>Share of each image&apos;s pixels the scribbles cover, above 0 up to 1 (default %1); strokes widen until they reach it.</source>
        <translation>Proporción de los píxeles de cada imagen que cubren los garabatos, mayor que 0 y hasta 1 (por defecto %1); los trazos se ensanchan hasta alcanzarla.</translation>
    </message>
    <message>
        <source>f</source>
        <translation>f</translation>
    </message>
    <message>
        <source>Strokes across the background of each image (default %1).</source>
        <translation>Trazos sobre el fondo de cada imagen (por defecto %1).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Random seed (default %1).</source>
        <translation>Semilla aleatoria (por defecto %1).</translation>
    </message>
    <message>
        <source>k</source>
        <translation>k</translation>
    </message>
    <message>
        <source>give one project</source>
        <translation>indique un proyecto</translation>
    </message>
    <message numerus="yes">
        <source>Scribbled %n training masks into %1: %2% of their pixels labelled, strokes %3 to %4 px wide</source>
        <translation>
            <numerusform>Se convirtió en garabatos %n máscara de entrenamiento de %1: %2% de sus píxeles etiquetados, trazos de %3 a %4 px de ancho</numerusform>
            <numerusform>Se convirtieron en garabatos %n máscaras de entrenamiento de %1: %2% de sus píxeles etiquetados, trazos de %3 a %4 px de ancho</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShapeTool</name>
    <message>
        <source>Lasso fill</source>
        <translation>Relleno con lazo</translation>
    </message>
    <message>
        <source>Polygon fill</source>
        <translation>Relleno con polígono</translation>
    </message>
</context>
<context>
    <name>StrokeTool</name>
    <message>
        <source>Erase</source>
        <translation>Borrado</translation>
    </message>
    <message>
        <source>Brush stroke</source>
        <translation>Trazo de pincel</translation>
    </message>
</context>
<context>
    <name>SuperpixelTool</name>
    <message>
        <source>Superpixel fill</source>
        <translation>Relleno de superpíxel</translation>
    </message>
    <message>
        <source>Superpixels</source>
        <translation>Superpíxeles</translation>
    </message>
</context>
<context>
    <name>SynthCommand</name>
    <message>
        <source>Writes the synthetic-shapes demo dataset (images/, masks/, classes.json, labels.txt):
circles, rectangles, triangles and ellipses with masks of their kind.</source>
        <translation>Escribe el conjunto de datos de demostración de formas sintéticas (images/, masks/,
classes.json, labels.txt): círculos, rectángulos, triángulos y elipses con máscaras
que indican su tipo.</translation>
    </message>
    <message>
        <source>Folder to write the dataset into (created if missing).</source>
        <translation>Carpeta en la que escribir el conjunto de datos (se crea si no existe).</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>carpeta</translation>
    </message>
    <message>
        <source>Number of images (default 500).</source>
        <translation>Número de imágenes (por defecto 500).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Image size: S or WxH, 16 to 8192 (default 128).</source>
        <translation>Tamaño de imagen: S o WxH, de 16 a 8192 (por defecto 128).</translation>
    </message>
    <message>
        <source>size</source>
        <translation>tamaño</translation>
    </message>
    <message>
        <source>Random seed; the same seed gives the same dataset (default 1).</source>
        <translation>Semilla aleatoria; la misma semilla genera el mismo conjunto de datos (por defecto 1).</translation>
    </message>
    <message>
        <source>k</source>
        <translation>k</translation>
    </message>
    <message>
        <source>Gaussian pixel noise sigma, 0 to 64 (default 6).</source>
        <translation>Sigma del ruido gaussiano de los píxeles, de 0 a 64 (por defecto 6).</translation>
    </message>
    <message>
        <source>sigma</source>
        <translation>sigma</translation>
    </message>
    <message>
        <source>Write change-detection pairs instead, in the LEVIR-CD layout (A/, B/, label/): shapes appear, vanish and move between the two images while their colours drift.</source>
        <translation>Escribir en su lugar pares de detección de cambios, con la estructura de LEVIR-CD (A/, B/, label/): las formas aparecen, desaparecen y se mueven entre las dos imágenes mientras sus colores derivan.</translation>
    </message>
    <message>
        <source>With --change: how far the after image&apos;s colours drift, 0 to 1 (default %1).</source>
        <translation>Con --change: cuánto derivan los colores de la imagen posterior, de 0 a 1 (por defecto %1).</translation>
    </message>
    <message>
        <source>d</source>
        <translation>d</translation>
    </message>
    <message>
        <source>--out is required</source>
        <translation>--out es obligatorio</translation>
    </message>
    <message>
        <source>--size must be S or WxH with sides from 16 to 8192 (got &apos;%1&apos;)</source>
        <translation>--size debe ser S o WxH con lados de 16 a 8192 (se recibió &apos;%1&apos;)</translation>
    </message>
    <message>
        <source>--drift needs --change</source>
        <translation>--drift necesita --change</translation>
    </message>
    <message>
        <source>synth: %1/%2 pairs</source>
        <translation>synth: %1/%2 pares</translation>
    </message>
    <message>
        <source>synth: %1/%2 images</source>
        <translation>synth: %1/%2 imágenes</translation>
    </message>
    <message>
        <source>Wrote %1 image pairs of %2x%3 with change masks to %4</source>
        <translation>Se escribieron %1 pares de imágenes de %2x%3 con máscaras de cambio en %4</translation>
    </message>
    <message>
        <source>Wrote %1 images of %2x%3 with masks to %4</source>
        <translation>Se escribieron %1 imágenes de %2x%3 con máscaras en %4</translation>
    </message>
</context>
<context>
    <name>TimeLeft</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>%1, about %2 left</source>
        <translation>%1, quedan unos %2</translation>
    </message>
</context>
<context>
    <name>TrainCommand</name>
    <message>
        <source>Trains a segmentation model on a dataset or project. Writes the run folder:
config.json, metrics.csv, log.txt, checkpoints/last.pt and best.pt.
Ctrl-C or SIGTERM stops after the current iteration and keeps a checkpoint to --resume from; SIGUSR1 pauses and SIGUSR2 continues.</source>
        <translation>Entrena un modelo de segmentación en un conjunto de datos o proyecto. Escribe la carpeta
de la ejecución: config.json, metrics.csv, log.txt, checkpoints/last.pt y best.pt.
Ctrl-C o SIGTERM detiene el entrenamiento tras la iteración actual y guarda un punto de control desde el que continuar con --resume; SIGUSR1 pausa y SIGUSR2 reanuda.</translation>
    </message>
    <message>
        <source>Dataset folder or project (folder or project.json).</source>
        <translation>Carpeta del conjunto de datos o proyecto (carpeta o project.json).</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>carpeta</translation>
    </message>
    <message>
        <source>Run folder to create (or continue, with --resume).</source>
        <translation>Carpeta de la ejecución que se creará (o que se continuará, con --resume).</translation>
    </message>
    <message>
        <source>Continue from a checkpoint (its run&apos;s last.pt).</source>
        <translation>Continuar desde un punto de control (el last.pt de su ejecución).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <source>Start from a config.json (options below override it).</source>
        <translation>Partir de un config.json (las opciones siguientes prevalecen sobre él).</translation>
    </message>
    <message>
        <source>Start the backbone from these weights: a SegStudio checkpoint or a PyTorch state dict (torchvision&apos;s ResNet names work).</source>
        <translation>Inicializar la red troncal con estos pesos: un punto de control de SegStudio o un state dict de PyTorch (admite los nombres de ResNet de torchvision).</translation>
    </message>
    <message>
        <source>Epochs to train.</source>
        <translation>Épocas de entrenamiento.</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Batch size.</source>
        <translation>Tamaño de lote.</translation>
    </message>
    <message>
        <source>Square training crop in pixels; 0 trains on whole images.</source>
        <translation>Recorte cuadrado de entrenamiento en píxeles; 0 entrena con imágenes completas.</translation>
    </message>
    <message>
        <source>Learning rate.</source>
        <translation>Tasa de aprendizaje.</translation>
    </message>
    <message>
        <source>rate</source>
        <translation>tasa</translation>
    </message>
    <message>
        <source>adam, adamw or sgd.</source>
        <translation>adam, adamw o sgd.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>Weight decay.</source>
        <translation>Decaimiento de pesos.</translation>
    </message>
    <message>
        <source>w</source>
        <translation>p</translation>
    </message>
    <message>
        <source>ce, dice, ce_dice, focal or lovasz.</source>
        <translation>ce, dice, ce_dice, focal o lovasz.</translation>
    </message>
    <message>
        <source>Cross-entropy weight per class, comma-separated, e.g. 0.5,1,1.</source>
        <translation>Pesos de la entropía cruzada por clase, separados por comas, p. ej. 0.5,1,1.</translation>
    </message>
    <message>
        <source>w,w,...</source>
        <translation>p,p,...</translation>
    </message>
    <message>
        <source>Cross-entropy label smoothing, 0 to 0.5.</source>
        <translation>Suavizado de etiquetas de la entropía cruzada, de 0 a 0.5.</translation>
    </message>
    <message>
        <source>s</source>
        <translation>i</translation>
    </message>
    <message>
        <source>Focal loss focusing parameter.</source>
        <translation>Parámetro de enfoque de la pérdida focal.</translation>
    </message>
    <message>
        <source>g</source>
        <translation>g</translation>
    </message>
    <message>
        <source>ce_dice: weight of the Dice term.</source>
        <translation>ce_dice: peso del término Dice.</translation>
    </message>
    <message>
        <source>For scribbled (partial) masks: weight of the dense-CRF regularised loss (Tang et al. 2018), which spreads labels up to the image&apos;s edges; 0 is off (default).</source>
        <translation>Para máscaras con garabatos (parciales): peso de la pérdida regularizada por CRF denso (Tang et al. 2018), que extiende las etiquetas hasta los bordes de la imagen; 0 la desactiva (por defecto).</translation>
    </message>
    <message>
        <source>The CRF loss kernel&apos;s width in pixels (%1).</source>
        <translation>Ancho del núcleo de la pérdida CRF en píxeles (%1).</translation>
    </message>
    <message>
        <source>px</source>
        <translation>px</translation>
    </message>
    <message>
        <source>The CRF loss kernel&apos;s width in intensity levels (%1).</source>
        <translation>Ancho del núcleo de la pérdida CRF en niveles de intensidad (%1).</translation>
    </message>
    <message>
        <source>levels</source>
        <translation>niveles</translation>
    </message>
    <message>
        <source>poly, cosine, step or constant.</source>
        <translation>poly, cosine, step o constant.</translation>
    </message>
    <message>
        <source>Linear warm-up iterations.</source>
        <translation>Iteraciones de calentamiento lineal.</translation>
    </message>
    <message>
        <source>Random scale range, e.g. 0.75,1.5.</source>
        <translation>Rango de escala aleatoria, p. ej. 0.75,1.5.</translation>
    </message>
    <message>
        <source>min,max</source>
        <translation>mín,máx</translation>
    </message>
    <message>
        <source>Random rotation up to this many degrees.</source>
        <translation>Rotación aleatoria de hasta estos grados.</translation>
    </message>
    <message>
        <source>deg</source>
        <translation>grados</translation>
    </message>
    <message>
        <source>Colour jitter strength (brightness, contrast, saturation), 0 to 1.</source>
        <translation>Intensidad de la variación de color (brillo, contraste, saturación), de 0 a 1.</translation>
    </message>
    <message>
        <source>Adversarial training (Luc et al. 2016): a discriminator learns to tell ground truth from predictions, and the model learns to fool it.</source>
        <translation>Entrenamiento adversarial (Luc et al. 2016): un discriminador aprende a distinguir la verdad de referencia de las predicciones, y el modelo aprende a engañarlo.</translation>
    </message>
    <message>
        <source>Weight of the adversarial term next to the segmentation loss (%1).</source>
        <translation>Peso del término adversarial junto a la pérdida de segmentación (%1).</translation>
    </message>
    <message>
        <source>The discriminator&apos;s learning rate (%1).</source>
        <translation>Tasa de aprendizaje del discriminador (%1).</translation>
    </message>
    <message>
        <source>No random horizontal flips.</source>
        <translation>Sin volteos horizontales aleatorios.</translation>
    </message>
    <message>
        <source>Random vertical flips too (for data without an up and down).</source>
        <translation>También volteos verticales aleatorios (para datos sin arriba ni abajo).</translation>
    </message>
    <message>
        <source>LibTorch threads (%1).</source>
        <translation>Hilos de LibTorch (%1).</translation>
    </message>
    <message>
        <source>all cores</source>
        <translation>todos los núcleos</translation>
    </message>
    <message>
        <source>Random seed.</source>
        <translation>Semilla aleatoria.</translation>
    </message>
    <message>
        <source>k</source>
        <translation>k</translation>
    </message>
    <message>
        <source>auto, cpu or cuda.</source>
        <translation>auto, cpu o cuda.</translation>
    </message>
    <message>
        <source>Data-parallel training in this many processes on this machine, each with --batch images a step (set --threads to share the cores). Started by torchrun, srun or another launcher, the processes read RANK, WORLD_SIZE, LOCAL_RANK, MASTER_ADDR and MASTER_PORT instead.</source>
        <translation>Entrenamiento con paralelismo de datos en este número de procesos en esta máquina, cada uno con --batch imágenes por paso (ajuste --threads para repartir los núcleos). Si los inicia torchrun, srun u otro lanzador, los procesos leen en su lugar RANK, WORLD_SIZE, LOCAL_RANK, MASTER_ADDR y MASTER_PORT.</translation>
    </message>
    <message>
        <source>Data-parallel communication: gloo (CPU) or nccl (CUDA).</source>
        <translation>Comunicación del paralelismo de datos: gloo (CPU) o nccl (CUDA).</translation>
    </message>
    <message>
        <source>Validation share when the dataset has no split files (%1).</source>
        <translation>Proporción de validación cuando el conjunto de datos no tiene archivos de partición (%1).</translation>
    </message>
    <message>
        <source>f</source>
        <translation>f</translation>
    </message>
    <message>
        <source>--data is required</source>
        <translation>--data es obligatorio</translation>
    </message>
    <message>
        <source>--out is required (or --resume a checkpoint)</source>
        <translation>--out es obligatorio (o --resume con un punto de control)</translation>
    </message>
    <message>
        <source>--adversarial-weight and --discriminator-lr need --adversarial</source>
        <translation>--adversarial-weight y --discriminator-lr necesitan --adversarial</translation>
    </message>
    <message>
        <source>--scale takes two numbers, e.g. 0.75,1.5</source>
        <translation>--scale recibe dos números, p. ej. 0.75,1.5</translation>
    </message>
    <message>
        <source>--class-weights takes numbers, e.g. 0.5,1,1</source>
        <translation>--class-weights recibe números, p. ej. 0.5,1,1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>advertencia: %1</translation>
    </message>
    <message>
        <source>--backend is gloo or nccl</source>
        <translation>--backend debe ser gloo o nccl</translation>
    </message>
    <message>
        <source>Finished: best mIoU %1 at epoch %2; checkpoints in %3</source>
        <translation>Finalizado: mejor mIoU %1 en la época %2; puntos de control en %3</translation>
    </message>
    <message>
        <source>Stopped after %1 complete epochs. Continue with: --resume %2</source>
        <translation>Detenido tras %1 épocas completas. Para continuar: --resume %2</translation>
    </message>
    <message>
        <source>rank %1: </source>
        <translation>proceso %1: </translation>
    </message>
    <message>
        <source>Training failed: %1</source>
        <translation>El entrenamiento falló: %1</translation>
    </message>
</context>
<context>
    <name>seg::ui::Annotator</name>
    <message>
        <source>&lt;opened&gt;</source>
        <translation>&lt;al abrir&gt;</translation>
    </message>
    <message>
        <source>Pre-label with model</source>
        <translation>Preetiquetar con el modelo</translation>
    </message>
    <message>
        <source>Pre-labelled %1 with %2: correct what is wrong.</source>
        <translation>%1 preetiquetada con %2: corrija lo que esté mal.</translation>
    </message>
    <message>
        <source>Painting Tools</source>
        <translation>Herramientas de pintura</translation>
    </message>
    <message>
        <source>Painting Options</source>
        <translation>Opciones de pintura</translation>
    </message>
    <message>
        <source>Brush</source>
        <translation>Pincel</translation>
    </message>
    <message>
        <source>Paint the current class; Shift+click draws a straight line</source>
        <translation>Pintar con la clase actual; Shift+clic traza una línea recta</translation>
    </message>
    <message>
        <source>Eraser</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Make pixels unlabelled again</source>
        <translation>Devolver los píxeles al estado sin etiquetar</translation>
    </message>
    <message>
        <source>Fill</source>
        <translation>Relleno</translation>
    </message>
    <message>
        <source>Fill the region of similar colour under the click</source>
        <translation>Rellenar la región de color similar bajo el clic</translation>
    </message>
    <message>
        <source>Polygon</source>
        <translation>Polígono</translation>
    </message>
    <message>
        <source>Click the corners; double-click or Enter fills</source>
        <translation>Haga clic en los vértices; doble clic o Intro rellena</translation>
    </message>
    <message>
        <source>Lasso</source>
        <translation>Lazo</translation>
    </message>
    <message>
        <source>Drag around an area to fill it</source>
        <translation>Arrastre alrededor de un área para rellenarla</translation>
    </message>
    <message>
        <source>Rectangle</source>
        <translation>Rectángulo</translation>
    </message>
    <message>
        <source>Drag to fill a rectangle</source>
        <translation>Arrastre para rellenar un rectángulo</translation>
    </message>
    <message>
        <source>Pick Class</source>
        <translation>Cuentagotas</translation>
    </message>
    <message>
        <source>Click a pixel to paint with its class (or Alt+click with any tool)</source>
        <translation>Haga clic en un píxel para pintar con su clase (o Alt+clic con cualquier herramienta)</translation>
    </message>
    <message>
        <source>GrabCut</source>
        <translation>GrabCut</translation>
    </message>
    <message>
        <source>Drag a box around an object; labels inside the box guide it (the current class as object, others as background)</source>
        <translation>Arrastre un recuadro alrededor de un objeto; las etiquetas dentro del recuadro lo guían (la clase actual como objeto, las demás como fondo)</translation>
    </message>
    <message>
        <source>Superpixel</source>
        <translation>Superpíxel</translation>
    </message>
    <message>
        <source>Click to fill the superpixel (a patch of similar colour) under the cursor</source>
        <translation>Haga clic para rellenar el superpíxel (una zona de color similar) bajo el cursor</translation>
    </message>
    <message>
        <source>Scissors</source>
        <translation>Tijeras</translation>
    </message>
    <message>
        <source>Click points along an object&apos;s edge; the path follows the edges; double-click closes and fills</source>
        <translation>Haga clic en puntos a lo largo del borde de un objeto; el trazado sigue los bordes; doble clic cierra y rellena</translation>
    </message>
    <message>
        <source>Accept in Box</source>
        <translation>Aceptar en recuadro</translation>
    </message>
    <message>
        <source>Live mode: drag a box; the live prediction fills the unlabelled pixels inside it</source>
        <translation>Modo en vivo: arrastre un recuadro; la predicción en vivo rellena los píxeles sin etiquetar de su interior</translation>
    </message>
    <message>
        <source> Size </source>
        <translation> Tamaño </translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Brush size: [ and ], or Ctrl+wheel</source>
        <translation>Tamaño del pincel: [ y ], o Ctrl+rueda</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Redondo</translation>
    </message>
    <message>
        <source>Square</source>
        <translation>Cuadrado</translation>
    </message>
    <message>
        <source> Paint over </source>
        <translation> Pintar sobre </translation>
    </message>
    <message>
        <source>anything</source>
        <translation>cualquier píxel</translation>
    </message>
    <message>
        <source>unlabelled only</source>
        <translation>solo sin etiquetar</translation>
    </message>
    <message>
        <source>the picked class only</source>
        <translation>solo la clase seleccionada</translation>
    </message>
    <message>
        <source>Which pixels strokes and fills may change</source>
        <translation>Qué píxeles pueden cambiar los trazos y rellenos</translation>
    </message>
    <message>
        <source> Tolerance </source>
        <translation> Tolerancia </translation>
    </message>
    <message>
        <source>Fill: how far a colour may be from the clicked pixel&apos;s</source>
        <translation>Relleno: cuánto puede diferir un color del color del píxel pulsado</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Fill Unlabelled with Current Class</source>
        <translation>Rellenar lo no etiquetado con la clase actual</translation>
    </message>
    <message>
        <source>Replace Class...</source>
        <translation>Reemplazar clase...</translation>
    </message>
    <message>
        <source>Turn every pixel of one class into another in this mask</source>
        <translation>Convertir todos los píxeles de una clase en otra en esta máscara</translation>
    </message>
    <message>
        <source>Replace Class</source>
        <translation>Reemplazar clase</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Reemplazar</translation>
    </message>
    <message>
        <source>with</source>
        <translation>por</translation>
    </message>
    <message>
        <source>Pre-label with Model</source>
        <translation>Preetiquetar con el modelo</translation>
    </message>
    <message>
        <source>Run a trained model on this image; its prediction fills the unlabelled pixels</source>
        <translation>Ejecutar un modelo entrenado en esta imagen; su predicción rellena los píxeles sin etiquetar</translation>
    </message>
    <message>
        <source>Grow Labels to Edges</source>
        <translation>Extender etiquetas hasta los bordes</translation>
    </message>
    <message>
        <source>Watershed: every unlabelled pixel takes the class of the scribble that reaches it first along the image&apos;s edges</source>
        <translation>Divisoria de aguas: cada píxel sin etiquetar toma la clase del garabato que lo alcanza primero a lo largo de los bordes de la imagen</translation>
    </message>
    <message>
        <source>Replace class</source>
        <translation>Reemplazar clase</translation>
    </message>
    <message>
        <source>Predicting %1 with %2...</source>
        <translation>Prediciendo %1 con %2...</translation>
    </message>
    <message>
        <source>Scribble a few strokes of each class first.</source>
        <translation>Primero dibuje unos trazos de cada clase.</translation>
    </message>
    <message>
        <source>Grow labels</source>
        <translation>Extender etiquetas</translation>
    </message>
    <message>
        <source>Growing the labels of %1</source>
        <translation>Extendiendo las etiquetas de %1</translation>
    </message>
    <message>
        <source>%1 stays open: its edits could not be saved.</source>
        <translation>%1 sigue abierta: no se pudieron guardar sus ediciones.</translation>
    </message>
    <message>
        <source>Opening %1</source>
        <translation>Abriendo %1</translation>
    </message>
    <message numerus="yes">
        <source>Recovered %n unsaved edit(s) of %1 from the autosave journal.</source>
        <translation>
            <numerusform>Se recuperó %n edición sin guardar de %1 del registro de autoguardado.</numerusform>
            <numerusform>Se recuperaron %n ediciones sin guardar de %1 del registro de autoguardado.</numerusform>
        </translation>
    </message>
    <message>
        <source>The mask of %1 was not saved: %2
Its edits are kept in the autosave journal and come back when the image is opened again.</source>
        <translation>No se guardó la máscara de %1: %2
Sus ediciones se conservan en el registro de autoguardado y se recuperarán al volver a abrir la imagen.</translation>
    </message>
    <message>
        <source>The mask of %1 was not saved: %2
The image stays open so that its edits are not lost; free the folder and save again.</source>
        <translation>No se guardó la máscara de %1: %2
La imagen sigue abierta para no perder sus ediciones; libere la carpeta y vuelva a guardar.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Guardado: %1</translation>
    </message>
    <message>
        <source>%1 has no labels left: it counts as unlabelled again.</source>
        <translation>%1 ya no tiene etiquetas: vuelve a contar como sin etiquetar.</translation>
    </message>
    <message>
        <source>Fill unlabelled</source>
        <translation>Rellenar lo no etiquetado</translation>
    </message>
</context>
<context>
    <name>seg::ui::BatchPredictionDialog</name>
    <message>
        <source>Batch Prediction</source>
        <translation>Predicción por lotes</translation>
    </message>
    <message>
        <source> (mIoU %1)</source>
        <translation> (mIoU %1)</translation>
    </message>
    <message>
        <source>Other Model...</source>
        <translation>Otro modelo...</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Modelo:</translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation>Examinar...</translation>
    </message>
    <message>
        <source>Choose a Folder</source>
        <translation>Elegir una carpeta</translation>
    </message>
    <message>
        <source>Images (a folder, or one file):</source>
        <translation>Imágenes (una carpeta o un archivo):</translation>
    </message>
    <message>
        <source>only for change detection models</source>
        <translation>solo para modelos de detección de cambios</translation>
    </message>
    <message>
        <source>A change detection model compares two dates: the after image, or a folder of after images named as the images above</source>
        <translation>Un modelo de detección de cambios compara dos fechas: la imagen posterior, o una carpeta de imágenes posteriores con los mismos nombres que las imágenes de arriba</translation>
    </message>
    <message>
        <source>After images (change pairs):</source>
        <translation>Imágenes posteriores (pares de cambio):</translation>
    </message>
    <message>
        <source>Masks to folder:</source>
        <translation>Máscaras en la carpeta:</translation>
    </message>
    <message>
        <source>Also write overlays (the image with its mask blended in)</source>
        <translation>Escribir también superposiciones (la imagen con su máscara superpuesta)</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Larger images are predicted in overlapping tiles of this size</source>
        <translation>Las imágenes más grandes se predicen en teselas solapadas de este tamaño</translation>
    </message>
    <message>
        <source>Tile size:</source>
        <translation>Tamaño de tesela:</translation>
    </message>
    <message>
        <source>Post-processing:</source>
        <translation>Posprocesado:</translation>
    </message>
    <message>
        <source>Predict</source>
        <translation>Predecir</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Choose a Model</source>
        <translation>Elegir un modelo</translation>
    </message>
    <message>
        <source>Models (*.pt *.pth *.torchscript);;All files (*)</source>
        <translation>Modelos (*.pt *.pth *.torchscript);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Stopped: wrote %1 of %2 masks to %3</source>
        <translation>Detenido: se escribieron %1 de %2 máscaras en %3</translation>
    </message>
    <message>
        <source>Wrote %1 masks to %2</source>
        <translation>Se escribieron %1 máscaras en %2</translation>
    </message>
    <message>
        <source>Predicting %1</source>
        <translation>Prediciendo %1</translation>
    </message>
</context>
<context>
    <name>seg::ui::ChangeFoldersDialog</name>
    <message>
        <source>Folders of the Change Pairs</source>
        <translation>Carpetas de los pares de cambio</translation>
    </message>
    <message>
        <source>SegStudio does not recognise the layout of %1. If it holds change pairs (two images of the same place at two dates, matched by file name, and masks of what changed), choose its folders.</source>
        <translation>SegStudio no reconoce la estructura de %1. Si contiene pares de cambio (dos imágenes del mismo lugar en dos fechas, emparejadas por nombre de archivo, y máscaras de lo que cambió), elija sus carpetas.</translation>
    </message>
    <message>
        <source>(none: no labels yet)</source>
        <translation>(ninguna: aún sin etiquetas)</translation>
    </message>
    <message>
        <source>Before images:</source>
        <translation>Imágenes anteriores:</translation>
    </message>
    <message>
        <source>After images:</source>
        <translation>Imágenes posteriores:</translation>
    </message>
    <message>
        <source>Change masks (0 unchanged, 255 change):</source>
        <translation>Máscaras de cambio (0 sin cambio, 255 cambio):</translation>
    </message>
    <message>
        <source>The folder needs at least two subfolders: the before and after images.</source>
        <translation>La carpeta necesita al menos dos subcarpetas: las imágenes anteriores y las posteriores.</translation>
    </message>
    <message>
        <source>The before and after images must be in different folders.</source>
        <translation>Las imágenes anteriores y posteriores deben estar en carpetas distintas.</translation>
    </message>
    <message>
        <source>The change masks must be in a folder of their own.</source>
        <translation>Las máscaras de cambio deben estar en una carpeta propia.</translation>
    </message>
</context>
<context>
    <name>seg::ui::ClassEditorDialog</name>
    <message>
        <source>Edit Classes</source>
        <translation>Editar clases</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Color</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>&amp;Subir</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>&amp;Bajar</translation>
    </message>
    <message>
        <source>Double-click to change the colour</source>
        <translation>Doble clic para cambiar el color</translation>
    </message>
    <message>
        <source>class %1</source>
        <translation>clase %1</translation>
    </message>
    <message>
        <source>Colour of %1</source>
        <translation>Color de %1</translation>
    </message>
    <message>
        <source>Every mask keeps its meaning: masks are rewritten only if classes move.</source>
        <translation>Cada máscara conserva su significado: las máscaras solo se reescriben si las clases cambian de posición.</translation>
    </message>
    <message numerus="yes">
        <source>%n removed class(es): their pixels become unlabelled in every mask.</source>
        <translation>
            <numerusform>%n clase eliminada: sus píxeles pasan a estar sin etiquetar en todas las máscaras.</numerusform>
            <numerusform>%n clases eliminadas: sus píxeles pasan a estar sin etiquetar en todas las máscaras.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>seg::ui::ClassFrequencyChart</name>
    <message>
        <source>Share, %</source>
        <translation>Proporción, %</translation>
    </message>
    <message>
        <source>Open a project to see how often each class occurs.</source>
        <translation>Abra un proyecto para ver con qué frecuencia aparece cada clase.</translation>
    </message>
    <message>
        <source>Counting class pixels...</source>
        <translation>Contando píxeles por clase...</translation>
    </message>
    <message>
        <source>Counting class pixels</source>
        <translation>Contando píxeles por clase</translation>
    </message>
    <message>
        <source>No labelled pixels yet.</source>
        <translation>Aún no hay píxeles etiquetados.</translation>
    </message>
    <message>
        <source>%1 labelled pixels; %2 unlabelled (ignored).</source>
        <translation>%1 píxeles etiquetados; %2 sin etiquetar (ignorados).</translation>
    </message>
</context>
<context>
    <name>seg::ui::ClassNamesDialog</name>
    <message>
        <source>Classes of the New Project</source>
        <translation>Clases del nuevo proyecto</translation>
    </message>
    <message>
        <source>One class per line, background first. Pixels you do not paint stay unlabelled, so no class is needed for them. Project &gt; Edit Classes changes them later.</source>
        <translation>Una clase por línea, el fondo primero. Los píxeles que no pinte quedan sin etiquetar, así que no necesitan clase. Proyecto &gt; Editar clases permite cambiarlas más adelante.</translation>
    </message>
    <message>
        <source>background</source>
        <translation>fondo</translation>
    </message>
    <message>
        <source>object</source>
        <translation>objeto</translation>
    </message>
    <message>
        <source>Load labels.txt...</source>
        <translation>Cargar labels.txt...</translation>
    </message>
    <message>
        <source>Load Class Names</source>
        <translation>Cargar nombres de clase</translation>
    </message>
    <message>
        <source>Label lists (*.txt)</source>
        <translation>Listas de etiquetas (*.txt)</translation>
    </message>
    <message>
        <source>Name at least one class.</source>
        <translation>Indique el nombre de al menos una clase.</translation>
    </message>
    <message>
        <source>At most %1 classes.</source>
        <translation>Como máximo %1 clases.</translation>
    </message>
    <message>
        <source>Each class needs its own name.</source>
        <translation>Cada clase necesita un nombre distinto.</translation>
    </message>
</context>
<context>
    <name>seg::ui::ClassPalette</name>
    <message>
        <source>Unlabelled: %1 px</source>
        <translation>Sin etiquetar: %1 px</translation>
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
        <translation>Modelos (marque hasta %1)</translation>
    </message>
    <message>
        <source>Add Model File...</source>
        <translation>Añadir archivo de modelo...</translation>
    </message>
    <message>
        <source>A SegStudio checkpoint or a TorchScript model saved from PyTorch</source>
        <translation>Un punto de control de SegStudio o un modelo TorchScript guardado desde PyTorch</translation>
    </message>
    <message>
        <source>Add a Model</source>
        <translation>Añadir un modelo</translation>
    </message>
    <message>
        <source>Models (*.pt *.pth *.torchscript);;All files (*)</source>
        <translation>Modelos (*.pt *.pth *.torchscript);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>At most %1 models are compared at once</source>
        <translation>Se comparan como máximo %1 modelos a la vez</translation>
    </message>
    <message>
        <source>This Image</source>
        <translation>Esta imagen</translation>
    </message>
    <message>
        <source>Validation Images</source>
        <translation>Imágenes de validación</translation>
    </message>
    <message>
        <source>Validation Metrics</source>
        <translation>Métricas de validación</translation>
    </message>
    <message>
        <source>%1 knows other classes than this project: its metrics are not shown</source>
        <translation>%1 tiene clases distintas de las de este proyecto: no se muestran sus métricas</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Mostrar:</translation>
    </message>
    <message>
        <source>Prediction</source>
        <translation>Predicción</translation>
    </message>
    <message>
        <source>Errors against ground truth</source>
        <translation>Errores frente a la verdad de referencia</translation>
    </message>
    <message>
        <source>Confidence (top probability)</source>
        <translation>Confianza (probabilidad máxima)</translation>
    </message>
    <message>
        <source>Uncertainty (entropy)</source>
        <translation>Incertidumbre (entropía)</translation>
    </message>
    <message>
        <source>Probability of a class</source>
        <translation>Probabilidad de una clase</translation>
    </message>
    <message>
        <source>Disagreement of two models</source>
        <translation>Discrepancia entre dos modelos</translation>
    </message>
    <message>
        <source>The class whose probability is shown</source>
        <translation>La clase cuya probabilidad se muestra</translation>
    </message>
    <message>
        <source>First model of the disagreement map</source>
        <translation>Primer modelo del mapa de discrepancia</translation>
    </message>
    <message>
        <source>Second model of the disagreement map</source>
        <translation>Segundo modelo del mapa de discrepancia</translation>
    </message>
    <message>
        <source>Opacity:</source>
        <translation>Opacidad:</translation>
    </message>
    <message>
        <source>Ground truth outlines</source>
        <translation>Contornos de la verdad de referencia</translation>
    </message>
    <message>
        <source>Draw the ground truth&apos;s outlines over every model&apos;s pane</source>
        <translation>Dibujar los contornos de la verdad de referencia sobre el panel de cada modelo</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>Clases</translation>
    </message>
    <message>
        <source>Classes shown in the ground truth and the predictions</source>
        <translation>Clases mostradas en la verdad de referencia y en las predicciones</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajustar</translation>
    </message>
    <message>
        <source>Show the whole image in every pane</source>
        <translation>Mostrar la imagen completa en cada panel</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Posterior</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <source>Ground truth</source>
        <translation>Verdad de referencia</translation>
    </message>
    <message>
        <source>Disagreement</source>
        <translation>Discrepancia</translation>
    </message>
    <message>
        <source>Choose an image in the Images list</source>
        <translation>Elija una imagen en la lista Imágenes</translation>
    </message>
    <message>
        <source>Ground truth (none: the image is unlabelled)</source>
        <translation>Verdad de referencia (ninguna: la imagen no está etiquetada)</translation>
    </message>
    <message>
        <source>%1 (predicting...)</source>
        <translation>%1 (prediciendo...)</translation>
    </message>
    <message>
        <source>%1 (loading...)</source>
        <translation>%1 (cargando...)</translation>
    </message>
    <message>
        <source>%1 (no ground truth to compare with)</source>
        <translation>%1 (sin verdad de referencia con la que comparar)</translation>
    </message>
    <message>
        <source>Tick two models and choose two different ones above</source>
        <translation>Marque dos modelos y elija dos distintos arriba</translation>
    </message>
    <message>
        <source>Disagreement: %1 vs %2</source>
        <translation>Discrepancia: %1 frente a %2</translation>
    </message>
    <message>
        <source>Waiting for both predictions...</source>
        <translation>Esperando ambas predicciones...</translation>
    </message>
    <message>
        <source>Disagreement: %1 vs %2 (%3% of pixels differ)</source>
        <translation>Discrepancia: %1 frente a %2 (difiere el %3% de los píxeles)</translation>
    </message>
    <message>
        <source>Pixel accuracy %</source>
        <translation>Exactitud de píxeles %</translation>
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
        <translation>El mejor de los modelos en esta imagen</translation>
    </message>
    <message>
        <source>(0 sure, 1 a uniform guess)</source>
        <translation>(0 seguro, 1 conjetura uniforme)</translation>
    </message>
    <message>
        <source>(probability)</source>
        <translation>(probabilidad)</translation>
    </message>
    <message>
        <source>ignored</source>
        <translation>ignorado</translation>
    </message>
    <message>
        <source>x %1, y %2</source>
        <translation>x %1, y %2</translation>
    </message>
    <message>
        <source>ground truth: %1</source>
        <translation>verdad de referencia: %1</translation>
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
        <translation>Se comparan como máximo %1 modelos a la vez: desmarque uno primero</translation>
    </message>
</context>
<context>
    <name>seg::ui::DatasetListModel</name>
    <message>
        <source>%1
%2% unsure</source>
        <extracomment>Under an image&apos;s name in the images list: how unsure the model is about it.</extracomment>
        <translation>%1
%2% de incertidumbre</translation>
    </message>
    <message>
        <source>%1
Mean uncertainty of the model&apos;s prediction: %2 (0 sure, 1 a guess)</source>
        <translation>%1
Incertidumbre media de la predicción del modelo: %2 (0 seguro, 1 conjetura)</translation>
    </message>
    <message>
        <source>Thumbnail of %1</source>
        <translation>Miniatura de %1</translation>
    </message>
</context>
<context>
    <name>seg::ui::DemoProjectJob</name>
    <message>
        <source>Creating the demo project (synthetic shapes)...</source>
        <translation>Creando el proyecto de demostración (formas sintéticas)...</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Demo project</source>
        <translation>Proyecto de demostración</translation>
    </message>
    <message>
        <source>Creating the demo project was cancelled.</source>
        <translation>Se canceló la creación del proyecto de demostración.</translation>
    </message>
</context>
<context>
    <name>seg::ui::DenseCrfButton</name>
    <message>
        <source>Dense CRF</source>
        <translation>CRF denso</translation>
    </message>
    <message>
        <source>CRF Settings…</source>
        <translation>Ajustes del CRF…</translation>
    </message>
    <message>
        <source>Refine every model&apos;s prediction with a fully connected CRF (%1 iterations; appearance %2, %3 px, %4; smoothness %5, %6 px). Slower: each image takes longer to predict and score.</source>
        <translation>Refinar la predicción de cada modelo con un CRF totalmente conectado (%1 iteraciones; apariencia %2, %3 px, %4; suavidad %5, %6 px). Más lento: cada imagen tarda más en predecirse y evaluarse.</translation>
    </message>
</context>
<context>
    <name>seg::ui::DenseCrfDialog</name>
    <message>
        <source>Dense CRF Settings</source>
        <translation>Ajustes del CRF denso</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>In 8-bit intensity levels</source>
        <translation>En niveles de intensidad de 8 bits</translation>
    </message>
    <message>
        <source>A fully connected CRF refines every model&apos;s probabilities: pixels close in position and colour lean to the same class (appearance), and so do neighbours (smoothness).</source>
        <translation>Un CRF totalmente conectado refina las probabilidades de cada modelo: los píxeles cercanos en posición y color tienden a la misma clase (apariencia), y también los vecinos (suavidad).</translation>
    </message>
    <message>
        <source>Mean-field iterations</source>
        <translation>Iteraciones de campo medio</translation>
    </message>
    <message>
        <source>Appearance weight</source>
        <translation>Peso de apariencia</translation>
    </message>
    <message>
        <source>Appearance spatial width</source>
        <translation>Ancho espacial de apariencia</translation>
    </message>
    <message>
        <source>Appearance colour width</source>
        <translation>Ancho de color de apariencia</translation>
    </message>
    <message>
        <source>Smoothness weight</source>
        <translation>Peso de suavidad</translation>
    </message>
    <message>
        <source>Smoothness spatial width</source>
        <translation>Ancho espacial de suavidad</translation>
    </message>
</context>
<context>
    <name>seg::ui::EpochDetails</name>
    <message>
        <source>No epoch evaluated yet.</source>
        <translation>Aún no se ha evaluado ninguna época.</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Clase</translation>
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
        <translation>Exactitud</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Precisión</translation>
    </message>
    <message>
        <source>Predicted</source>
        <translation>Predicción</translation>
    </message>
    <message>
        <source>Ground truth</source>
        <translation>Verdad de referencia</translation>
    </message>
    <message>
        <source>Epoch %1: mIoU %2, pixel accuracy %3</source>
        <translation>Época %1: mIoU %2, exactitud de píxeles %3</translation>
    </message>
</context>
<context>
    <name>seg::ui::ImageScoresModel</name>
    <message>
        <source>Image</source>
        <translation>Imagen</translation>
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
        <translation>Exact. píxeles %
%1</translation>
    </message>
    <message>
        <source>Worst class</source>
        <translation>Peor clase</translation>
    </message>
    <message>
        <source>Its IoU %</source>
        <translation>Su IoU %</translation>
    </message>
    <message>
        <source>mIoU difference
%1 - %2</source>
        <translation>Diferencia de mIoU
%1 - %2</translation>
    </message>
</context>
<context>
    <name>seg::ui::LiveLearning</name>
    <message>
        <source>Live learning stopped before the model was saved as a run</source>
        <translation>El aprendizaje en vivo se detuvo antes de guardar el modelo como ejecución</translation>
    </message>
    <message>
        <source>The live model was not saved as a run: %1</source>
        <translation>El modelo en vivo no se guardó como ejecución: %1</translation>
    </message>
    <message>
        <source>Live learning paused: %1</source>
        <translation>Aprendizaje en vivo en pausa: %1</translation>
    </message>
</context>
<context>
    <name>seg::ui::LiveMode</name>
    <message>
        <source>Kept the live model as run %1 (no validation images to score it on)</source>
        <translation>Modelo en vivo conservado como ejecución %1 (no hay imágenes de validación con las que evaluarlo)</translation>
    </message>
    <message>
        <source>Kept the live model as run %1: validation mIoU %2</source>
        <translation>Modelo en vivo conservado como ejecución %1: mIoU de validación %2</translation>
    </message>
    <message>
        <source>Live Learning</source>
        <translation>Aprendizaje en vivo</translation>
    </message>
    <message>
        <source>Live learning (Ctrl+L): a network learns from what you paint, as you paint, and its prediction of this image shows under your strokes</source>
        <translation>Aprendizaje en vivo (Ctrl+L): una red aprende de lo que pinta mientras lo pinta, y su predicción de esta imagen se muestra bajo sus trazos</translation>
    </message>
    <message>
        <source>Pause Live Learning</source>
        <translation>Pausar aprendizaje en vivo</translation>
    </message>
    <message>
        <source>Reset Live Model</source>
        <translation>Reiniciar modelo en vivo</translation>
    </message>
    <message>
        <source>Start the live model afresh (your labels stay)</source>
        <translation>Empezar el modelo en vivo desde cero (sus etiquetas se conservan)</translation>
    </message>
    <message>
        <source>Show Uncertainty</source>
        <translation>Mostrar incertidumbre</translation>
    </message>
    <message>
        <source>Show where the live model is least sure (the brighter, the less sure): paint there next</source>
        <translation>Mostrar dónde está menos seguro el modelo en vivo (cuanto más brillante, menos seguro): pinte ahí a continuación</translation>
    </message>
    <message>
        <source>Accept Prediction</source>
        <translation>Aceptar predicción</translation>
    </message>
    <message>
        <source>Every unlabelled pixel of this image takes the live prediction (one undo step)</source>
        <translation>Todos los píxeles sin etiquetar de esta imagen toman la predicción en vivo (un solo paso de deshacer)</translation>
    </message>
    <message>
        <source>Accept Prediction for Current Class</source>
        <translation>Aceptar predicción de la clase actual</translation>
    </message>
    <message>
        <source>Unlabelled pixels predicted as the current class take it (one undo step)</source>
        <translation>Los píxeles sin etiquetar predichos como la clase actual la toman (un solo paso de deshacer)</translation>
    </message>
    <message>
        <source>Keep Live Model as Run</source>
        <translation>Conservar modelo en vivo como ejecución</translation>
    </message>
    <message>
        <source>Save the live model as an ordinary run, scored on the validation images</source>
        <translation>Guardar el modelo en vivo como una ejecución normal, evaluada en las imágenes de validación</translation>
    </message>
    <message>
        <source>Live: paint a few strokes of each class</source>
        <translation>En vivo: pinte unos trazos de cada clase</translation>
    </message>
    <message>
        <source>%1 is a validation image: live learning predicts it but does not learn from it, so that runs are scored honestly</source>
        <translation>%1 es una imagen de validación: el aprendizaje en vivo la predice pero no aprende de ella, para que las ejecuciones se evalúen de forma justa</translation>
    </message>
    <message numerus="yes">
        <source>Live learning skips %n unreadable training image(s)</source>
        <translation>
            <numerusform>El aprendizaje en vivo omite %n imagen de entrenamiento ilegible</numerusform>
            <numerusform>El aprendizaje en vivo omite %n imágenes de entrenamiento ilegibles</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the training labels</source>
        <translation>Leyendo las etiquetas de entrenamiento</translation>
    </message>
    <message numerus="yes">
        <source>Live: %1 iterations, loss %2, %n labelled training image(s)</source>
        <translation>
            <numerusform>En vivo: %1 iteraciones, pérdida %2, %n imagen de entrenamiento etiquetada</numerusform>
            <numerusform>En vivo: %1 iteraciones, pérdida %2, %n imágenes de entrenamiento etiquetadas</numerusform>
        </translation>
    </message>
    <message>
        <source>Accept live prediction</source>
        <translation>Aceptar predicción en vivo</translation>
    </message>
    <message>
        <source>Accept live prediction of %1</source>
        <translation>Aceptar predicción en vivo de %1</translation>
    </message>
    <message>
        <source>Saving the live model as a run...</source>
        <translation>Guardando el modelo en vivo como ejecución...</translation>
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
        <translation>Abra un proyecto (Archivo &gt; Abrir proyecto) o la demostración (Archivo &gt; Abrir proyecto de demostración).</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Imágenes</translation>
    </message>
    <message>
        <source>Training</source>
        <comment>the tab with the training charts</comment>
        <translation>Entrenamiento</translation>
    </message>
    <message>
        <source>Compare</source>
        <comment>the tab comparing models&apos; predictions</comment>
        <translation>Comparar</translation>
    </message>
    <message>
        <source>%1 is hidden by the Images list&apos;s filter</source>
        <translation>%1 está oculta por el filtro de la lista Imágenes</translation>
    </message>
    <message>
        <source>Cannot export the model</source>
        <translation>No se puede exportar el modelo</translation>
    </message>
    <message>
        <source>All images</source>
        <translation>Todas las imágenes</translation>
    </message>
    <message>
        <source>Training</source>
        <comment>the training split</comment>
        <translation>Entrenamiento</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>Validación</translation>
    </message>
    <message>
        <source>Unlabelled</source>
        <translation>Sin etiquetar</translation>
    </message>
    <message>
        <source>Labelled</source>
        <translation>Etiquetadas</translation>
    </message>
    <message>
        <source>Project order</source>
        <translation>Orden del proyecto</translation>
    </message>
    <message>
        <source>Most uncertain first</source>
        <translation>Más inciertas primero</translation>
    </message>
    <message>
        <source>Most uncertain first: the images a model is least sure about, to label next. Scores come from Project &gt; Rank Unlabelled Images by Uncertainty, and from live mode as it learns.</source>
        <translation>Más inciertas primero: las imágenes de las que un modelo está menos seguro, para etiquetarlas a continuación. Las puntuaciones proceden de Proyecto &gt; Ordenar imágenes sin etiquetar por incertidumbre y del modo en vivo a medida que aprende.</translation>
    </message>
    <message>
        <source>Class Frequencies</source>
        <translation>Frecuencias de clase</translation>
    </message>
    <message>
        <source>Training Settings</source>
        <translation>Ajustes de entrenamiento</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Ejecuciones</translation>
    </message>
    <message>
        <source>Per-Class Results</source>
        <translation>Resultados por clase</translation>
    </message>
    <message>
        <source>Training</source>
        <comment>title of a message about a training run</comment>
        <translation>Entrenamiento</translation>
    </message>
    <message>
        <source>Cannot open project</source>
        <translation>No se puede abrir el proyecto</translation>
    </message>
    <message>
        <source>A model is training on the open project. Stop it first.</source>
        <translation>Se está entrenando un modelo en el proyecto abierto. Deténgalo primero.</translation>
    </message>
    <message>
        <source>%1 - SegStudio</source>
        <translation>%1 - SegStudio</translation>
    </message>
    <message numerus="yes">
        <source>Opened %1: %n images</source>
        <translation>
            <numerusform>Se abrió %1: %n imagen</numerusform>
            <numerusform>Se abrió %1: %n imágenes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Opened %1: %n images, %2 problems found</source>
        <translation>
            <numerusform>Se abrió %1: %n imagen, %2 problemas encontrados</numerusform>
            <numerusform>Se abrió %1: %n imágenes, %2 problemas encontrados</numerusform>
        </translation>
    </message>
    <message>
        <source>Recovered unsaved edits</source>
        <translation>Ediciones sin guardar recuperadas</translation>
    </message>
    <message>
        <source>This project has no images in the chosen filter.</source>
        <translation>Este proyecto no tiene imágenes con el filtro elegido.</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>Clases</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Live Learning</source>
        <translation>Aprendizaje en vivo</translation>
    </message>
    <message>
        <source>Mask</source>
        <translation>Máscara</translation>
    </message>
    <message>
        <source>Opening %1...</source>
        <translation>Abriendo %1...</translation>
    </message>
    <message>
        <source>%1 found no unlabelled image it could score.</source>
        <translation>%1 no encontró ninguna imagen sin etiquetar que pudiera puntuar.</translation>
    </message>
    <message numerus="yes">
        <source>%1 ranked %n unlabelled images; the most uncertain (mean entropy %2) opens now, Ctrl+U for the next.</source>
        <translation>
            <numerusform>%1 ordenó %n imagen sin etiquetar; ahora se abre la más incierta (entropía media %2), Ctrl+U para la siguiente.</numerusform>
            <numerusform>%1 ordenó %n imágenes sin etiquetar; ahora se abre la más incierta (entropía media %2), Ctrl+U para la siguiente.</numerusform>
        </translation>
    </message>
    <message>
        <source>unlabelled</source>
        <translation>sin etiquetar</translation>
    </message>
    <message>
        <source>x %1  y %2  %3</source>
        <translation>x %1  y %2  %3</translation>
    </message>
    <message>
        <source>About SegStudio</source>
        <translation>Acerca de SegStudio</translation>
    </message>
    <message>
        <source>&lt;h3&gt;SegStudio %1&lt;/h3&gt;&lt;p&gt;A workbench for semantic segmentation: paint masks, train models, compare them.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;SegStudio %1&lt;/h3&gt;&lt;p&gt;Un banco de trabajo para segmentación semántica: pinte máscaras, entrene modelos y compárelos.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Export Chart Data</source>
        <translation>Exportar datos de los gráficos</translation>
    </message>
    <message>
        <source>Export Charts</source>
        <translation>Exportar gráficos</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>Imagen PNG (*.png);;Dibujo SVG (*.svg);;Documento PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Guardado: %1</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Error al exportar</translation>
    </message>
    <message>
        <source>%1 could not be written.</source>
        <translation>No se pudo escribir %1.</translation>
    </message>
    <message>
        <source>Training is running</source>
        <translation>Hay un entrenamiento en curso</translation>
    </message>
    <message>
        <source>Stop training and quit? The run keeps its last checkpoint and can be resumed.</source>
        <translation>¿Detener el entrenamiento y salir? La ejecución conserva su último punto de control y se puede reanudar.</translation>
    </message>
    <message>
        <source>Unsaved edits</source>
        <translation>Ediciones sin guardar</translation>
    </message>
    <message>
        <source>The edits of %1 cannot be saved (see the message before). Quit and lose them?</source>
        <translation>Las ediciones de %1 no se pueden guardar (vea el mensaje anterior). ¿Salir y perderlas?</translation>
    </message>
    <message>
        <source>System Default</source>
        <translation>Predeterminado del sistema</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>SegStudio speaks the language you chose from its next start. Restart now?</source>
        <translation>SegStudio usará el idioma elegido a partir del próximo inicio. ¿Reiniciar ahora?</translation>
    </message>
    <message>
        <source>Restart Now</source>
        <translation>Reiniciar ahora</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Más tarde</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;New Project from Dataset...</source>
        <translation>&amp;Nuevo proyecto desde conjunto de datos...</translation>
    </message>
    <message>
        <source>New Project from &amp;Image Folder...</source>
        <translation>Nuevo proyecto desde carpeta de &amp;imágenes...</translation>
    </message>
    <message>
        <source>&amp;Open Project...</source>
        <translation>&amp;Abrir proyecto...</translation>
    </message>
    <message>
        <source>&amp;Save Project</source>
        <translation>&amp;Guardar proyecto</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>Open &amp;Demo Project</source>
        <translation>Abrir proyecto de &amp;demostración</translation>
    </message>
    <message>
        <source>&amp;Follow a Run Folder...</source>
        <translation>Seg&amp;uir una carpeta de ejecución...</translation>
    </message>
    <message>
        <source>Choose a Run Folder to Follow (one with metrics.csv)</source>
        <translation>Elegir una carpeta de ejecución para seguir (una con metrics.csv)</translation>
    </message>
    <message>
        <source>Show the curves of a run that another process or machine is training, and follow them as it writes: a run folder on a shared or synced disk. Read-only.</source>
        <translation>Mostrar las curvas de una ejecución que otro proceso u otra máquina está entrenando, y seguirlas a medida que se escriben: una carpeta de ejecución en un disco compartido o sincronizado. Solo lectura.</translation>
    </message>
    <message>
        <source>Export Charts as &amp;Image...</source>
        <translation>Exportar gráficos como imag&amp;en...</translation>
    </message>
    <message>
        <source>Export Charts as &amp;CSV...</source>
        <translation>Exportar gráficos como &amp;CSV...</translation>
    </message>
    <message>
        <source>Export &amp;Model for PyTorch...</source>
        <translation>Exportar &amp;modelo para PyTorch...</translation>
    </message>
    <message>
        <source>Write a trained model as a TorchScript file that PyTorch loads with torch.jit.load</source>
        <translation>Escribir un modelo entrenado como archivo TorchScript que PyTorch carga con torch.jit.load</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Live</source>
        <translation>E&amp;n vivo</translation>
    </message>
    <message>
        <source>&amp;Project</source>
        <translation>&amp;Proyecto</translation>
    </message>
    <message>
        <source>Edit &amp;Classes...</source>
        <translation>Editar &amp;clases...</translation>
    </message>
    <message>
        <source>Choose &amp;Model for Assistance...</source>
        <translation>Elegir &amp;modelo de asistencia...</translation>
    </message>
    <message>
        <source>&amp;Rank Unlabelled Images by Uncertainty</source>
        <translation>&amp;Ordenar imágenes sin etiquetar por incertidumbre</translation>
    </message>
    <message>
        <source>The trained model scores each unlabelled image; label the most uncertain first</source>
        <translation>El modelo entrenado puntúa cada imagen sin etiquetar; etiquete primero las más inciertas</translation>
    </message>
    <message>
        <source>Next Most &amp;Uncertain Image</source>
        <translation>Siguiente imagen más &amp;incierta</translation>
    </message>
    <message>
        <source>&amp;Batch Prediction...</source>
        <translation>Predicción por &amp;lotes...</translation>
    </message>
    <message>
        <source>Predict a folder of images into masks with a trained model</source>
        <translation>Predecir máscaras para una carpeta de imágenes con un modelo entrenado</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>Show &amp;Mask</source>
        <translation>Mostrar &amp;máscara</translation>
    </message>
    <message>
        <source>Mask &amp;Outlines Only</source>
        <translation>Solo &amp;contornos de la máscara</translation>
    </message>
    <message>
        <source>Show &amp;After Image</source>
        <translation>Mostrar imagen pos&amp;terior</translation>
    </message>
    <message>
        <source>Change pairs: show the after image instead of the before image (A flips between them); the mask stays the same</source>
        <translation>Pares de cambio: mostrar la imagen posterior en lugar de la anterior (A alterna entre ellas); la máscara no cambia</translation>
    </message>
    <message>
        <source>Zoom to &amp;Fit</source>
        <translation>A&amp;justar a la ventana</translation>
    </message>
    <message>
        <source>&amp;Actual Pixels</source>
        <translation>Tamaño &amp;real</translation>
    </message>
    <message>
        <source>&amp;Next Image</source>
        <translation>Imagen &amp;siguiente</translation>
    </message>
    <message>
        <source>&amp;Previous Image</source>
        <translation>Imagen &amp;anterior</translation>
    </message>
    <message>
        <source>Next &amp;Unlabelled Image</source>
        <translation>Siguiente imagen sin &amp;etiquetar</translation>
    </message>
    <message>
        <source>&amp;Images</source>
        <translation>&amp;Imágenes</translation>
    </message>
    <message>
        <source>&amp;Training Charts</source>
        <translation>&amp;Gráficos de entrenamiento</translation>
    </message>
    <message>
        <source>&amp;Compare Models</source>
        <translation>C&amp;omparar modelos</translation>
    </message>
    <message>
        <source>Show Model &amp;Prediction</source>
        <translation>Mostrar &amp;predicción del modelo</translation>
    </message>
    <message>
        <source>The model&apos;s prediction of this image as outlines over the painting (Fix Label in the Compare tab)</source>
        <translation>La predicción del modelo para esta imagen, como contornos sobre lo pintado (Corregir etiqueta en la pestaña Comparar)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>I&amp;dioma</translation>
    </message>
    <message>
        <source>&amp;Training</source>
        <translation>En&amp;trenamiento</translation>
    </message>
    <message>
        <source>&amp;Start Training</source>
        <translation>&amp;Iniciar entrenamiento</translation>
    </message>
    <message>
        <source>&amp;Pause Training</source>
        <translation>&amp;Pausar entrenamiento</translation>
    </message>
    <message>
        <source>S&amp;top Training</source>
        <translation>&amp;Detener entrenamiento</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;About SegStudio</source>
        <translation>&amp;Acerca de SegStudio</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Mask opacity </source>
        <translation>Opacidad de la máscara </translation>
    </message>
    <message>
        <source>Opacity of the mask over the image</source>
        <translation>Opacidad de la máscara sobre la imagen</translation>
    </message>
    <message>
        <source>&amp;Resume Training</source>
        <translation>&amp;Reanudar entrenamiento</translation>
    </message>
    <message>
        <source>A model is being exported already</source>
        <translation>Ya se está exportando un modelo</translation>
    </message>
    <message>
        <source>Export Model: Choose a Checkpoint</source>
        <translation>Exportar modelo: elegir un punto de control</translation>
    </message>
    <message>
        <source>SegStudio checkpoints (*.pt)</source>
        <translation>Puntos de control de SegStudio (*.pt)</translation>
    </message>
    <message>
        <source>Export Model: TorchScript File</source>
        <translation>Exportar modelo: archivo TorchScript</translation>
    </message>
    <message>
        <source>TorchScript (*.pt)</source>
        <translation>TorchScript (*.pt)</translation>
    </message>
    <message>
        <source>Exporting %1...</source>
        <translation>Exportando %1...</translation>
    </message>
    <message>
        <source>The model&apos;s prediction is drawn as outlines (View &gt; Show Model Prediction)</source>
        <translation>La predicción del modelo se dibuja como contornos (Ver &gt; Mostrar predicción del modelo)</translation>
    </message>
    <message>
        <source>Cannot create the demo project</source>
        <translation>No se puede crear el proyecto de demostración</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>Abrir proyecto</translation>
    </message>
    <message>
        <source>SegStudio projects (project.json)</source>
        <translation>Proyectos de SegStudio (project.json)</translation>
    </message>
    <message>
        <source>Choose a Dataset Folder (VOC, PennFudan, images/ and masks/, or change pairs)</source>
        <translation>Elegir una carpeta de conjunto de datos (VOC, PennFudan, images/ y masks/, o pares de cambio)</translation>
    </message>
    <message>
        <source>Choose a Folder of Images to Annotate</source>
        <translation>Elegir una carpeta de imágenes para anotar</translation>
    </message>
    <message>
        <source>Cannot create a project here</source>
        <translation>No se puede crear un proyecto aquí</translation>
    </message>
    <message numerus="yes">
        <source>SegStudio did not close properly last time. The unsaved edits of %n image(s) were recovered from the autosave journal and saved:</source>
        <translation>
            <numerusform>SegStudio no se cerró correctamente la última vez. Las ediciones sin guardar de %n imagen se recuperaron del registro de autoguardado y se guardaron:</numerusform>
            <numerusform>SegStudio no se cerró correctamente la última vez. Las ediciones sin guardar de %n imágenes se recuperaron del registro de autoguardado y se guardaron:</numerusform>
        </translation>
    </message>
    <message>
        <source>Opening such an image shows the recovery in History, where Undo takes it back.</source>
        <translation>Al abrir una de esas imágenes, la recuperación aparece en Historial, donde Deshacer la revierte.</translation>
    </message>
    <message>
        <source>Not recovered: %1</source>
        <translation>No recuperado: %1</translation>
    </message>
    <message>
        <source>Cannot save the project</source>
        <translation>No se puede guardar el proyecto</translation>
    </message>
    <message>
        <source>No recent projects</source>
        <translation>No hay proyectos recientes</translation>
    </message>
    <message>
        <source>Edit Classes</source>
        <translation>Editar clases</translation>
    </message>
    <message>
        <source>A model is training on these classes. Stop it first.</source>
        <translation>Se está entrenando un modelo con estas clases. Deténgalo primero.</translation>
    </message>
    <message>
        <source>The open image&apos;s edits cannot be saved, so the classes stay as they are.</source>
        <translation>Las ediciones de la imagen abierta no se pueden guardar, así que las clases se quedan como están.</translation>
    </message>
    <message>
        <source>Remapping masks...</source>
        <translation>Reasignando máscaras...</translation>
    </message>
    <message>
        <source>Cannot change the classes</source>
        <translation>No se pueden cambiar las clases</translation>
    </message>
    <message>
        <source>Remapping masks</source>
        <translation>Reasignando máscaras</translation>
    </message>
    <message>
        <source>No images match this filter.</source>
        <translation>Ninguna imagen coincide con este filtro.</translation>
    </message>
    <message>
        <source>%1 (after)</source>
        <translation>%1 (posterior)</translation>
    </message>
    <message>
        <source>%1 (before)</source>
        <translation>%1 (anterior)</translation>
    </message>
    <message>
        <source>%1  %2x%3  %4  %5</source>
        <translation>%1  %2x%3  %4  %5</translation>
    </message>
    <message>
        <source>mask unreadable</source>
        <translation>máscara ilegible</translation>
    </message>
    <message>
        <source>labelled</source>
        <translation>etiquetada</translation>
    </message>
    <message>
        <source>No unlabelled image after this one.</source>
        <translation>No hay ninguna imagen sin etiquetar después de esta.</translation>
    </message>
    <message>
        <source>No more images in this direction.</source>
        <translation>No hay más imágenes en esta dirección.</translation>
    </message>
    <message>
        <source>Every image is labelled: there is nothing to rank.</source>
        <translation>Todas las imágenes están etiquetadas: no hay nada que ordenar.</translation>
    </message>
    <message>
        <source>No ranked unlabelled image left: Project &gt; Rank Unlabelled Images by Uncertainty, or live mode, scores them.</source>
        <translation>No quedan imágenes sin etiquetar ordenadas: Proyecto &gt; Ordenar imágenes sin etiquetar por incertidumbre, o el modo en vivo, las puntúa.</translation>
    </message>
    <message>
        <source>training</source>
        <translation>entrenamiento</translation>
    </message>
    <message>
        <source>validation</source>
        <translation>validación</translation>
    </message>
    <message>
        <source>test</source>
        <translation>prueba</translation>
    </message>
    <message>
        <source>no split</source>
        <translation>sin partición</translation>
    </message>
    <message>
        <source>User Guide</source>
        <translation>Guía del usuario</translation>
    </message>
    <message>
        <source>The user guide is not installed. It was looked for in:
%1</source>
        <translation>La guía del usuario no está instalada. Se buscó en:
%1</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Guía del usuario</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Class edit cancelled: the classes and masks are as they were.</source>
        <translation>Edición de clases cancelada: las clases y las máscaras siguen como estaban.</translation>
    </message>
</context>
<context>
    <name>seg::ui::MaskDocument</name>
    <message>
        <source>%1 The mask is shown as unlabelled and will not be overwritten; fix or remove the file to edit it.</source>
        <translation>%1 La máscara se muestra como sin etiquetar y no se sobrescribirá; corrija o elimine el archivo para editarla.</translation>
    </message>
    <message>
        <source>The autosave journal cannot be used: %1</source>
        <translation>No se puede usar el registro de autoguardado: %1</translation>
    </message>
    <message>
        <source>Recovered unsaved edits</source>
        <translation>Ediciones sin guardar recuperadas</translation>
    </message>
</context>
<context>
    <name>seg::ui::MaskSaver</name>
    <message>
        <source>Saving %1</source>
        <translation>Guardando %1</translation>
    </message>
</context>
<context>
    <name>seg::ui::ModelAssist</name>
    <message>
        <source>Choose a Trained Model</source>
        <translation>Elegir un modelo entrenado</translation>
    </message>
    <message>
        <source>Models (*.pt *.pth *.torchscript);;All files (*)</source>
        <translation>Modelos (*.pt *.pth *.torchscript);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Pre-labelling %1 with %2</source>
        <translation>Preetiquetando %1 con %2</translation>
    </message>
    <message>
        <source>Scoring unlabelled images with %1...</source>
        <translation>Puntuando imágenes sin etiquetar con %1...</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Ranking images with %1</source>
        <translation>Ordenando imágenes con %1</translation>
    </message>
</context>
<context>
    <name>seg::ui::ModelExportJob</name>
    <message>
        <source>Exported %1: load it in PyTorch with torch.jit.load; its class names are model.class_names</source>
        <translation>Se exportó %1: cárguelo en PyTorch con torch.jit.load; los nombres de sus clases están en model.class_names</translation>
    </message>
    <message>
        <source>Exporting %1</source>
        <translation>Exportando %1</translation>
    </message>
</context>
<context>
    <name>seg::ui::ModelForm</name>
    <message>
        <source>%1; default %2.</source>
        <translation>%1; por defecto %2.</translation>
    </message>
    <message>
        <source>%1  (%2)</source>
        <translation>%1  (%2)</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>Arquitectura</translation>
    </message>
    <message>
        <source>Needs a change project: pairs of images of two dates with change masks.</source>
        <translation>Necesita un proyecto de cambios: pares de imágenes de dos fechas con máscaras de cambio.</translation>
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
        <translation>Abriendo %1</translation>
    </message>
    <message>
        <source>Predicting %1 with %2</source>
        <translation>Prediciendo %1 con %2</translation>
    </message>
</context>
<context>
    <name>seg::ui::ProcessTraining</name>
    <message>
        <source>Cannot write the run&apos;s settings to %1: %2</source>
        <translation>No se pueden escribir los ajustes de la ejecución en %1: %2</translation>
    </message>
    <message>
        <source>Cannot start %1: %2</source>
        <translation>No se puede iniciar %1: %2</translation>
    </message>
    <message>
        <source>the training processes ended with exit code %1</source>
        <translation>los procesos de entrenamiento terminaron con el código de salida %1</translation>
    </message>
</context>
<context>
    <name>seg::ui::RunsView</name>
    <message>
        <source>Run</source>
        <translation>Ejecución</translation>
    </message>
    <message>
        <source>Best mIoU</source>
        <translation>Mejor mIoU</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>Épocas</translation>
    </message>
    <message>
        <source>Tick runs to overlay their curves on the charts.</source>
        <translation>Marque ejecuciones para superponer sus curvas en los gráficos.</translation>
    </message>
    <message>
        <source>Show Curves</source>
        <translation>Mostrar curvas</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>%1
%2, %3 loss; %4 optimiser, learning rate %5, %6 schedule, batch %7, crop %8</source>
        <translation>%1
%2, pérdida %3; optimizador %4, tasa de aprendizaje %5, programación %6, lote %7, recorte %8</translation>
    </message>
    <message>
        <source>whole images</source>
        <translation>imágenes completas</translation>
    </message>
    <message>
        <source>A run is training: stop it first.</source>
        <translation>Hay una ejecución entrenándose: deténgala primero.</translation>
    </message>
    <message>
        <source>Another process is training this run now; Show Curves follows it.</source>
        <translation>Otro proceso está entrenando ahora esta ejecución; Mostrar curvas la sigue.</translation>
    </message>
    <message>
        <source>This run has no checkpoint (last.pt) or no readable config.json to resume from.</source>
        <translation>Esta ejecución no tiene un punto de control (last.pt) o un config.json legible desde el que reanudar.</translation>
    </message>
</context>
<context>
    <name>seg::ui::SplitScoring</name>
    <message>
        <source>Scoring the validation split</source>
        <translation>Evaluando la partición de validación</translation>
    </message>
</context>
<context>
    <name>seg::ui::SplitSummary</name>
    <message>
        <source>before</source>
        <translation>anterior</translation>
    </message>
    <message>
        <source>after</source>
        <translation>posterior</translation>
    </message>
    <message>
        <source>ground truth</source>
        <translation>verdad de referencia</translation>
    </message>
    <message>
        <source>image</source>
        <translation>imagen</translation>
    </message>
    <message>
        <source>Export Table (CSV)...</source>
        <translation>Exportar tabla (CSV)...</translation>
    </message>
    <message>
        <source>Export Grid (PNG)...</source>
        <translation>Exportar cuadrícula (PNG)...</translation>
    </message>
    <message>
        <source> hardest images</source>
        <translation> imágenes más difíciles</translation>
    </message>
    <message>
        <source>Confusion matrix of</source>
        <translation>Matriz de confusión de</translation>
    </message>
    <message>
        <source>Row-normalised %</source>
        <translation>% normalizado por filas</translation>
    </message>
    <message>
        <source>Rows: ground truth; columns: prediction</source>
        <translation>Filas: verdad de referencia; columnas: predicción</translation>
    </message>
    <message>
        <source>Export Comparison Table</source>
        <translation>Exportar tabla comparativa</translation>
    </message>
    <message>
        <source>comparison.csv</source>
        <translation>comparison.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export Comparison Grid</source>
        <translation>Exportar cuadrícula comparativa</translation>
    </message>
    <message>
        <source>comparison.png</source>
        <translation>comparison.png</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
    <message numerus="yes">
        <source>the %n selected image(s)</source>
        <translation>
            <numerusform>la %n imagen seleccionada</numerusform>
            <numerusform>las %n imágenes seleccionadas</numerusform>
        </translation>
    </message>
    <message>
        <source>Score the validation images (Validation Images tab) to compare the models on the whole split.</source>
        <translation>Evalúe las imágenes de validación (pestaña Imágenes de validación) para comparar los modelos en toda la partición.</translation>
    </message>
    <message>
        <source>Labels were corrected since: score again for up-to-date totals. </source>
        <translation>Se han corregido etiquetas desde entonces: vuelva a evaluar para obtener totales actualizados. </translation>
    </message>
    <message numerus="yes">
        <source>%n validation image(s); the best of each column in bold.</source>
        <translation>
            <numerusform>%n imagen de validación; el mejor valor de cada columna, en negrita.</numerusform>
            <numerusform>%n imágenes de validación; el mejor valor de cada columna, en negrita.</numerusform>
        </translation>
    </message>
    <message>
        <source>Pixel accuracy</source>
        <translation>Exactitud de píxeles</translation>
    </message>
    <message>
        <source>Mean class accuracy</source>
        <translation>Exactitud media por clase</translation>
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
        <translation>Dice medio</translation>
    </message>
    <message>
        <source>IoU %1</source>
        <translation>IoU %1</translation>
    </message>
    <message>
        <source>Nothing to export: score the validation images first</source>
        <translation>Nada que exportar: evalúe primero las imágenes de validación</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Drawing the comparison grid</source>
        <translation>Dibujando la cuadrícula comparativa</translation>
    </message>
</context>
<context>
    <name>seg::ui::TorchScriptImportDialog</name>
    <message>
        <source>Open TorchScript Model</source>
        <translation>Abrir modelo TorchScript</translation>
    </message>
    <message>
        <source>%1 is a TorchScript model. SegStudio needs to know what its output channels mean and how it expects its input. The answers are stored next to the model.</source>
        <translation>%1 es un modelo TorchScript. SegStudio necesita saber qué significan sus canales de salida y cómo espera su entrada. Las respuestas se guardan junto al modelo.</translation>
    </message>
    <message>
        <source>One name a line, in the order of the model&apos;s output channels</source>
        <translation>Un nombre por línea, en el orden de los canales de salida del modelo</translation>
    </message>
    <message>
        <source>Read labels.txt...</source>
        <translation>Leer labels.txt...</translation>
    </message>
    <message>
        <source>Class names:</source>
        <translation>Nombres de clase:</translation>
    </message>
    <message>
        <source>Input mean (R, G, B):</source>
        <translation>Media de entrada (R, G, B):</translation>
    </message>
    <message>
        <source>Input std (R, G, B):</source>
        <translation>Desv. típica de entrada (R, G, B):</translation>
    </message>
    <message>
        <source>Pixels are scaled to 0..1, then (x - mean) / std: ImageNet&apos;s values suit torchvision&apos;s models.</source>
        <translation>Los píxeles se escalan a 0..1 y después se calcula (x - mean) / std: los valores de ImageNet sirven para los modelos de torchvision.</translation>
    </message>
    <message>
        <source>Fixed input size:</source>
        <translation>Tamaño de entrada fijo:</translation>
    </message>
    <message>
        <source>Traced models:</source>
        <translation>Modelos trazados:</translation>
    </message>
    <message>
        <source>Class Names</source>
        <translation>Nombres de clase</translation>
    </message>
    <message>
        <source>Class lists (*.txt *.json);;All files (*)</source>
        <translation>Listas de clases (*.txt *.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Cannot read the class names</source>
        <translation>No se pueden leer los nombres de clase</translation>
    </message>
    <message>
        <source>Cannot use these settings</source>
        <translation>No se pueden usar estos ajustes</translation>
    </message>
</context>
<context>
    <name>seg::ui::TrainingCharts</name>
    <message>
        <source>Iteration</source>
        <translation>Iteración</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Pérdida</translation>
    </message>
    <message>
        <source>Epoch</source>
        <translation>Época</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>Validación</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Tasa de aprendizaje</translation>
    </message>
    <message>
        <source>Drag to pan, wheel to zoom, double-click to fit.</source>
        <translation>Arrastre para desplazar, rueda para hacer zoom, doble clic para ajustar.</translation>
    </message>
    <message>
        <source>%1 validation loss</source>
        <translation>%1: pérdida de validación</translation>
    </message>
    <message>
        <source>%1 mIoU</source>
        <translation>%1: mIoU</translation>
    </message>
    <message>
        <source>%1 learning rate</source>
        <translation>%1: tasa de aprendizaje</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>pérdida</translation>
    </message>
    <message>
        <source>loss (smoothed)</source>
        <translation>pérdida (suavizada)</translation>
    </message>
    <message>
        <source>validation loss</source>
        <translation>pérdida de validación</translation>
    </message>
    <message>
        <source>adversarial loss (smoothed)</source>
        <translation>pérdida adversarial (suavizada)</translation>
    </message>
    <message>
        <source>discriminator loss (smoothed)</source>
        <translation>pérdida del discriminador (suavizada)</translation>
    </message>
    <message>
        <source>mIoU</source>
        <translation>mIoU</translation>
    </message>
    <message>
        <source>pixel accuracy</source>
        <translation>exactitud de píxeles</translation>
    </message>
    <message>
        <source>learning rate</source>
        <translation>tasa de aprendizaje</translation>
    </message>
    <message>
        <source>No run yet: start one in Training Settings.</source>
        <translation>Aún no hay ejecuciones: inicie una en Ajustes de entrenamiento.</translation>
    </message>
    <message>
        <source>Run %1</source>
        <translation>Ejecución %1</translation>
    </message>
    <message>
        <source>%1 at %2 %3: %4</source>
        <translation>%1 en %2 %3: %4</translation>
    </message>
    <message>
        <source>SegStudio training charts</source>
        <translation>Gráficos de entrenamiento de SegStudio</translation>
    </message>
</context>
<context>
    <name>seg::ui::TrainingController</name>
    <message>
        <source>Run %1 cannot be resumed: %2</source>
        <translation>La ejecución %1 no se puede reanudar: %2</translation>
    </message>
    <message>
        <source>its checkpoint checkpoints/last.pt is missing.</source>
        <translation>falta su punto de control checkpoints/last.pt.</translation>
    </message>
    <message>
        <source>Run %1 is being trained by another process now. Resume it once that process has stopped.</source>
        <translation>Otro proceso está entrenando ahora la ejecución %1. Reanúdela cuando ese proceso se haya detenido.</translation>
    </message>
    <message>
        <source>Cannot start training: %1</source>
        <translation>No se puede iniciar el entrenamiento: %1</translation>
    </message>
    <message>
        <source>Cannot start training: adversarial training runs in one process. Set Processes to 1.</source>
        <translation>No se puede iniciar el entrenamiento: el entrenamiento adversarial se ejecuta en un solo proceso. Ajuste Procesos a 1.</translation>
    </message>
    <message>
        <source>starting...</source>
        <translation>iniciando...</translation>
    </message>
    <message>
        <source>Training on %1 images (%2 for validation), %3 threads, %4</source>
        <translation>Entrenando con %1 imágenes (%2 para validación), %3 hilos, %4</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>resuming...</source>
        <translation>reanudando...</translation>
    </message>
    <message>
        <source>Training finished: best mIoU %1 at epoch %2.</source>
        <translation>Entrenamiento finalizado: mejor mIoU %1 en la época %2.</translation>
    </message>
    <message numerus="yes">
        <source>Training stopped after %n complete epochs; resume it from the runs list.</source>
        <translation>
            <numerusform>Entrenamiento detenido tras %n época completa; reanúdelo desde la lista de ejecuciones.</numerusform>
            <numerusform>Entrenamiento detenido tras %n épocas completas; reanúdelo desde la lista de ejecuciones.</numerusform>
        </translation>
    </message>
    <message>
        <source>Training failed: %1</source>
        <translation>El entrenamiento falló: %1</translation>
    </message>
    <message>
        <source>%1 img/s</source>
        <translation>%1 img/s</translation>
    </message>
    <message>
        <source>epoch %1/%2</source>
        <translation>época %1/%2</translation>
    </message>
    <message>
        <source>epoch %1/%2, %3 left</source>
        <translation>época %1/%2, quedan %3</translation>
    </message>
    <message numerus="yes">
        <source>%n unreadable image(s) skipped; the log names them.</source>
        <translation>
            <numerusform>Se omitió %n imagen ilegible; el registro la indica.</numerusform>
            <numerusform>Se omitieron %n imágenes ilegibles; el registro las indica.</numerusform>
        </translation>
    </message>
    <message>
        <source>stopping...</source>
        <translation>deteniendo...</translation>
    </message>
    <message>
        <source>A run is training; tick runs to compare them with it instead.</source>
        <translation>Hay una ejecución entrenándose; marque ejecuciones para compararlas con ella.</translation>
    </message>
    <message numerus="yes">
        <source>Showing run %1: %n epochs</source>
        <translation>
            <numerusform>Mostrando la ejecución %1: %n época</numerusform>
            <numerusform>Mostrando la ejecución %1: %n épocas</numerusform>
        </translation>
    </message>
    <message>
        <source>Run %1: %2</source>
        <translation>Ejecución %1: %2</translation>
    </message>
    <message>
        <source>A run is training in this window: stop it before following another.</source>
        <translation>Hay una ejecución entrenándose en esta ventana: deténgala antes de seguir otra.</translation>
    </message>
    <message>
        <source>%1 is not a training run&apos;s folder: it holds neither config.json nor metrics.csv.</source>
        <translation>%1 no es la carpeta de una ejecución de entrenamiento: no contiene config.json ni metrics.csv.</translation>
    </message>
    <message>
        <source>Following run %1 as it is written (read-only).</source>
        <translation>Siguiendo la ejecución %1 mientras se escribe (solo lectura).</translation>
    </message>
    <message numerus="yes">
        <source>trained by %n processes</source>
        <translation>
            <numerusform>entrenada por %n proceso</numerusform>
            <numerusform>entrenada por %n procesos</numerusform>
        </translation>
    </message>
    <message>
        <source>finished, %1 of %2 epochs</source>
        <translation>finalizada, %1 de %2 épocas</translation>
    </message>
    <message>
        <source>%1 of %2 epochs</source>
        <translation>%1 de %2 épocas</translation>
    </message>
    <message numerus="yes">
        <source>%n epoch(s)</source>
        <translation>
            <numerusform>%n época</numerusform>
            <numerusform>%n épocas</numerusform>
        </translation>
    </message>
    <message>
        <source>waiting for the run to write metrics.csv</source>
        <translation>esperando a que la ejecución escriba metrics.csv</translation>
    </message>
    <message>
        <source>%1, written %2 ago</source>
        <translation>%1, escrito hace %2</translation>
    </message>
</context>
<context>
    <name>seg::ui::TrainingPanel</name>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Optimisation</source>
        <translation>Optimización</translation>
    </message>
    <message>
        <source>Cross-entropy</source>
        <translation>Entropía cruzada</translation>
    </message>
    <message>
        <source>Cross-entropy + Dice</source>
        <translation>Entropía cruzada + Dice</translation>
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
        <translation>SGD con momento</translation>
    </message>
    <message>
        <source>Cosine</source>
        <translation>Coseno</translation>
    </message>
    <message>
        <source>Poly</source>
        <translation>Polinómica</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Escalonada</translation>
    </message>
    <message>
        <source>Constant</source>
        <translation>Constante</translation>
    </message>
    <message>
        <source> iterations</source>
        <translation> iteraciones</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>whole image</source>
        <translation>imagen completa</translation>
    </message>
    <message>
        <source>Square training crop; whole images when all have one size.</source>
        <translation>Recorte cuadrado de entrenamiento; imágenes completas si todas tienen el mismo tamaño.</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Pérdida</translation>
    </message>
    <message>
        <source>Optimiser</source>
        <translation>Optimizador</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Tasa de aprendizaje</translation>
    </message>
    <message>
        <source>Weight decay</source>
        <translation>Decaimiento de pesos</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Programación de la tasa</translation>
    </message>
    <message>
        <source>Warm-up</source>
        <translation>Calentamiento</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>Épocas</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Tamaño de lote</translation>
    </message>
    <message>
        <source>Input size</source>
        <translation>Tamaño de entrada</translation>
    </message>
    <message>
        <source>Augmentation</source>
        <translation>Aumento de datos</translation>
    </message>
    <message>
        <source>Horizontal flips</source>
        <translation>Volteos horizontales</translation>
    </message>
    <message>
        <source>Vertical flips</source>
        <translation>Volteos verticales</translation>
    </message>
    <message>
        <source>°</source>
        <translation>°</translation>
    </message>
    <message>
        <source>Scale range</source>
        <translation>Rango de escala</translation>
    </message>
    <message>
        <source>Rotation</source>
        <translation>Rotación</translation>
    </message>
    <message>
        <source>Colour jitter</source>
        <translation>Variación de color</translation>
    </message>
    <message>
        <source>Adversarial training</source>
        <translation>Entrenamiento adversarial</translation>
    </message>
    <message>
        <source>Luc et al. 2016: a small discriminator learns to tell ground-truth label maps from the model&apos;s, and the model also learns to fool it. Its two losses are drawn with the training loss.</source>
        <translation>Luc et al. 2016: un pequeño discriminador aprende a distinguir los mapas de etiquetas de la verdad de referencia de los del modelo, y el modelo aprende además a engañarlo. Sus dos pérdidas se dibujan junto con la pérdida de entrenamiento.</translation>
    </message>
    <message>
        <source>The adversarial term&apos;s weight next to the segmentation loss.</source>
        <translation>Peso del término adversarial junto a la pérdida de segmentación.</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Peso</translation>
    </message>
    <message>
        <source>Discriminator learning rate</source>
        <translation>Tasa de aprendizaje del discriminador</translation>
    </message>
    <message>
        <source>Learn from scribbles (dense-CRF loss)</source>
        <translation>Aprender de garabatos (pérdida CRF densa)</translation>
    </message>
    <message>
        <source>Tang et al. 2018: for partly painted masks. Besides the painted pixels, every pixel is asked to share the class of nearby pixels of similar colour, so the labels spread from the strokes up to the image&apos;s edges.</source>
        <translation>Tang et al. 2018: para máscaras pintadas en parte. Además de los píxeles pintados, se pide a cada píxel que comparta la clase de los píxeles cercanos de color similar, de modo que las etiquetas se extienden desde los trazos hasta los bordes de la imagen.</translation>
    </message>
    <message>
        <source>The CRF term&apos;s weight next to the segmentation loss.</source>
        <translation>Peso del término CRF junto a la pérdida de segmentación.</translation>
    </message>
    <message>
        <source>How far apart two pixels may be and still be asked to agree.</source>
        <translation>A qué distancia pueden estar dos píxeles para que aún se les pida coincidir.</translation>
    </message>
    <message>
        <source>How different in colour (0 to 255 levels) two pixels may be and still be asked to agree.</source>
        <translation>Cuánto pueden diferir en color (de 0 a 255 niveles) dos píxeles para que aún se les pida coincidir.</translation>
    </message>
    <message>
        <source>Reach</source>
        <translation>Alcance</translation>
    </message>
    <message>
        <source>Colour tolerance</source>
        <translation>Tolerancia de color</translation>
    </message>
    <message>
        <source>Runtime</source>
        <translation>Entorno de ejecución</translation>
    </message>
    <message>
        <source>all cores (%1)</source>
        <translation>todos los núcleos (%1)</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automático</translation>
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
        <translation>Entrenamiento con paralelismo de datos: cada uno de estos procesos entrena una parte de cada época con el tamaño de lote de arriba, y todos promedian sus gradientes tras cada paso. En una sola máquina, un proceso con todos los núcleos es más rápido; varios procesos sirven para ensayar una ejecución en varias máquinas (vea docs/distributed.md). Los núcleos se reparten entre los procesos cuando Hilos es «todos los núcleos».</translation>
    </message>
    <message>
        <source>Threads</source>
        <translation>Hilos</translation>
    </message>
    <message>
        <source>Processes</source>
        <translation>Procesos</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Iniciar</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
</context>
<context>
    <name>seg::ui::UserGuideWindow</name>
    <message>
        <source>SegStudio User Guide</source>
        <translation>Guía del usuario de SegStudio</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Contenido</translation>
    </message>
</context>
<context>
    <name>seg::ui::ValidationBrowser</name>
    <message>
        <source>Score Validation Images</source>
        <translation>Evaluar imágenes de validación</translation>
    </message>
    <message>
        <source>Predicts every validation image with the ticked models</source>
        <translation>Predice todas las imágenes de validación con los modelos marcados</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Only images whose ground truth holds this class</source>
        <translation>Solo imágenes cuya verdad de referencia contiene esta clase</translation>
    </message>
    <message>
        <source>Fix Label</source>
        <translation>Corregir etiqueta</translation>
    </message>
    <message>
        <source>Open the image for painting, with the model&apos;s prediction as a reference layer</source>
        <translation>Abrir la imagen para pintar, con la predicción del modelo como capa de referencia</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Mostrar:</translation>
    </message>
    <message>
        <source>every image</source>
        <translation>todas las imágenes</translation>
    </message>
    <message>
        <source>with %1</source>
        <translation>con %1</translation>
    </message>
    <message>
        <source>Scoring...</source>
        <translation>Evaluando...</translation>
    </message>
    <message>
        <source>Tick models, then score the validation images to find the worst.</source>
        <translation>Marque modelos y evalúe las imágenes de validación para encontrar las peores.</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s); corrected labels are rescored here, score again for the split&apos;s totals</source>
        <translation>
            <numerusform>%n imagen; las etiquetas corregidas se reevalúan aquí; vuelva a evaluar para obtener los totales de la partición</numerusform>
            <numerusform>%n imágenes; las etiquetas corregidas se reevalúan aquí; vuelva a evaluar para obtener los totales de la partición</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s), worst first</source>
        <translation>
            <numerusform>%n imagen, la peor primero</numerusform>
            <numerusform>%n imágenes, las peores primero</numerusform>
        </translation>
    </message>
    <message>
        <source>Scoring... %1</source>
        <translation>Evaluando... %1</translation>
    </message>
</context>
<context>
    <name>seg::ui::WelcomePage</name>
    <message>
        <source>Welcome to SegStudio</source>
        <translation>Bienvenido a SegStudio</translation>
    </message>
    <message>
        <source>Paint segmentation masks, train models on them, and compare their predictions.</source>
        <translation>Pinte máscaras de segmentación, entrene modelos con ellas y compare sus predicciones.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Empezar</translation>
    </message>
    <message>
        <source>Open the Demo Project</source>
        <translation>Abrir el proyecto de demostración</translation>
    </message>
    <message>
        <source>500 synthetic-shapes images with their masks, ready to train a U-Net in a few minutes. Made on first use.</source>
        <translation>500 imágenes de formas sintéticas con sus máscaras, listas para entrenar una U-Net en pocos minutos. Se crea la primera vez.</translation>
    </message>
    <message>
        <source>New Project from Image Folder...</source>
        <translation>Nuevo proyecto desde carpeta de imágenes...</translation>
    </message>
    <message>
        <source>A folder of your own images, to paint their masks.</source>
        <translation>Una carpeta con sus propias imágenes, para pintar sus máscaras.</translation>
    </message>
    <message>
        <source>New Project from Dataset...</source>
        <translation>Nuevo proyecto desde conjunto de datos...</translation>
    </message>
    <message>
        <source>Images with masks: VOC, PennFudan, images/ and masks/ folders, or change pairs.</source>
        <translation>Imágenes con máscaras: VOC, PennFudan, carpetas images/ y masks/, o pares de detección de cambios.</translation>
    </message>
    <message>
        <source>Open Project...</source>
        <translation>Abrir proyecto...</translation>
    </message>
    <message>
        <source>A folder holding a project.json.</source>
        <translation>Una carpeta que contiene un project.json.</translation>
    </message>
    <message>
        <source>Read the User Guide</source>
        <translation>Leer la guía del usuario</translation>
    </message>
    <message>
        <source>Recent Projects</source>
        <translation>Proyectos recientes</translation>
    </message>
    <message>
        <source>%1 (not found)
%2</source>
        <translation>%1 (no encontrado)
%2</translation>
    </message>
    <message>
        <source>No recent projects yet.</source>
        <translation>Todavía no hay proyectos recientes.</translation>
    </message>
</context>
</TS>
