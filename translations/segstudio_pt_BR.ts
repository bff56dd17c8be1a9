<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>AnalysisImages</name>
    <message>
        <source>correct</source>
        <translation>correto</translation>
    </message>
    <message>
        <source>wrong class</source>
        <translation>classe errada</translation>
    </message>
    <message>
        <source>missed (object predicted as background)</source>
        <translation>não detectado (objeto predito como fundo)</translation>
    </message>
    <message>
        <source>false alarm (background predicted as object)</source>
        <translation>falso alarme (fundo predito como objeto)</translation>
    </message>
    <message>
        <source>ignored (unlabelled in the ground truth)</source>
        <translation>ignorado (não rotulado no gabarito)</translation>
    </message>
    <message>
        <source>both predict the same</source>
        <translation>ambos preveem o mesmo</translation>
    </message>
    <message>
        <source>%1 right, %2 wrong</source>
        <translation>%1 acerta, %2 erra</translation>
    </message>
    <message>
        <source>they differ, both wrong</source>
        <translation>divergem, ambos errados</translation>
    </message>
    <message>
        <source>they differ, no ground truth</source>
        <translation>divergem, sem gabarito</translation>
    </message>
</context>
<context>
    <name>ArchitectureFlags</name>
    <message>
        <source>Architecture: %1.</source>
        <translation>Arquitetura: %1.</translation>
    </message>
    <message>
        <source>Default: %1.</source>
        <translation>Padrão: %1.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nome</translation>
    </message>
    <message>
        <source>%1: %2 %3; default %4.</source>
        <translation>%1: %2 %3; padrão %4.</translation>
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
        <translation>modelo desconhecido &apos;%1&apos; (esperado um de: %2)</translation>
    </message>
    <message>
        <source>--%1 does not apply to %2 (its options: %3)</source>
        <translation>--%1 não se aplica a %2 (suas opções: %3)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nenhuma</translation>
    </message>
    <message>
        <source>--%1 must be a whole number, not &apos;%2&apos;</source>
        <translation>--%1 deve ser um número inteiro, não &apos;%2&apos;</translation>
    </message>
</context>
<context>
    <name>BoxTool</name>
    <message>
        <source>Accept live prediction in a box</source>
        <translation>Aceitar predição em tempo real na caixa</translation>
    </message>
    <message>
        <source>Rectangle fill</source>
        <translation>Preenchimento de retângulo</translation>
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
        <translation>Uso: segstudio-cli &lt;comando&gt; [opções]

Comandos:
  synth     grava o conjunto de dados de formas sintéticas
  inspect   analisa um conjunto de dados: quantidades, tamanhos, frequência das classes,
            problemas
  score     avalia máscaras preditas em relação ao gabarito
  demo      cria o projeto de demonstração
  init      transforma um conjunto de dados ou uma pasta de imagens em projeto
  scribble  substitui as máscaras de treino de um projeto por rabiscos delas
  train     treina um modelo (qualquer um de &apos;segstudio-cli model --list&apos;)
  eval      avalia um ponto de controle em uma divisão de um conjunto de dados
  predict   grava máscaras preditas para imagens
  compare   avalia de 2 a 4 modelos lado a lado em uma divisão de um conjunto de dados
  export    grava o modelo de um ponto de controle como módulo TorchScript
  model     mostra os parâmetros e os GMACs de um modelo
  runs      lista as execuções de treinamento de um projeto e o melhor mIoU de cada uma

Opções:
  -h, --help       esta lista
  -v, --version    a versão do SegStudio

Execute &apos;segstudio-cli &lt;comando&gt; --help&apos; para ver as opções de um comando.
</translation>
    </message>
    <message>
        <source>segstudio-cli: unexpected error: %1</source>
        <translation>segstudio-cli: erro inesperado: %1</translation>
    </message>
    <message>
        <source>segstudio-cli: unknown command &apos;%1&apos;</source>
        <translation>segstudio-cli: comando desconhecido &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>CommandParser</name>
    <message>
        <source>--%1 must be a whole number from %2 to %3 (got &apos;%4&apos;)</source>
        <translation>--%1 deve ser um número inteiro de %2 a %3 (recebido &apos;%4&apos;)</translation>
    </message>
    <message>
        <source>--%1 must be a number from %2 to %3 (got &apos;%4&apos;)</source>
        <translation>--%1 deve ser um número de %2 a %3 (recebido &apos;%4&apos;)</translation>
    </message>
    <message>
        <source>Run &apos;%1 %2 --help&apos; for usage.</source>
        <translation>Execute &apos;%1 %2 --help&apos; para ver o uso.</translation>
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
        <translation>* melhor da linha (sem marca quando todos são iguais)</translation>
    </message>
    <message>
        <source>Scores 2 to 4 models on the same dataset split and prints their metrics side by
side, the best of each row marked. Models are checkpoints or TorchScript files.</source>
        <translation>Avalia de 2 a 4 modelos na mesma divisão de um conjunto de dados e mostra as métricas
lado a lado, com o melhor de cada linha marcado. Os modelos são pontos de controle
ou arquivos TorchScript.</translation>
    </message>
    <message>
        <source>A model: a checkpoint or a TorchScript file (give 2 to 4).</source>
        <translation>Um modelo: um ponto de controle ou um arquivo TorchScript (informe de 2 a 4).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>arquivo</translation>
    </message>
    <message>
        <source>Dataset folder or project.</source>
        <translation>Pasta do conjunto de dados ou projeto.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>pasta</translation>
    </message>
    <message>
        <source>val, train, test or all (default val).</source>
        <translation>val, train, test ou all (padrão val).</translation>
    </message>
    <message>
        <source>split</source>
        <translation>divisão</translation>
    </message>
    <message>
        <source>Also write the table as CSV to this file.</source>
        <translation>Também grava a tabela como CSV neste arquivo.</translation>
    </message>
    <message>
        <source>Also write a PNG grid: the hardest images (lowest mIoU over the models) in rows; image, ground truth and each model&apos;s prediction in columns.</source>
        <translation>Também grava uma grade PNG: as imagens mais difíceis (menor mIoU entre os modelos) nas linhas; imagem, gabarito e a predição de cada modelo nas colunas.</translation>
    </message>
    <message>
        <source>Rows of the grid (default 4).</source>
        <translation>Linhas da grade (padrão 4).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>give 2 to 4 --model files and --data</source>
        <translation>informe de 2 a 4 arquivos com --model e também --data</translation>
    </message>
    <message>
        <source>--split must be val, train, test or all</source>
        <translation>--split deve ser val, train, test ou all</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>aviso: %1</translation>
    </message>
    <message numerus="yes">
        <source>Compared %n model(s) on %1 images (%2 split)</source>
        <translation>
            <numerusform>%n modelo comparado em %1 imagens (divisão %2)</numerusform>
            <numerusform>%n modelos comparados em %1 imagens (divisão %2)</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote the table to %1</source>
        <translation>Tabela gravada em %1</translation>
    </message>
    <message>
        <source>Wrote the grid to %1</source>
        <translation>Grade gravada em %1</translation>
    </message>
</context>
<context>
    <name>ConsoleObserver</name>
    <message>
        <source>rank %1: </source>
        <translation>processo %1: </translation>
    </message>
    <message>
        <source>Training on %1 images, validating on %2; %3 iterations per epoch; %4 threads, %5</source>
        <translation>Treinando com %1 imagens, validando com %2; %3 iterações por época; %4 threads, %5</translation>
    </message>
    <message>
        <source>epoch %1/%2  iteration %3/%4  loss %5  lr %6  %7 img/s</source>
        <translation>época %1/%2  iteração %3/%4  perda %5  lr %6  %7 img/s</translation>
    </message>
    <message>
        <source>  adversarial %1  discriminator %2</source>
        <translation>  adversarial %1  discriminador %2</translation>
    </message>
    <message>
        <source>epoch %1/%2  loss %3  val loss %4  pixel accuracy %5  mIoU %6  %7 s%8</source>
        <translation>época %1/%2  perda %3  perda val. %4  acurácia de pixel %5  mIoU %6  %7 s%8</translation>
    </message>
    <message>
        <source>  (best)</source>
        <translation>  (melhor)</translation>
    </message>
</context>
<context>
    <name>DatasetFlags</name>
    <message>
        <source>Change-detection datasets: the folders of the before images, the after images and the change labels (default %1,%2,%3, as LEVIR-CD).</source>
        <translation>Conjuntos de dados de detecção de mudanças: as pastas das imagens anteriores, das imagens posteriores e dos rótulos de mudança (padrão %1,%2,%3, como no LEVIR-CD).</translation>
    </message>
    <message>
        <source>before,after,label</source>
        <translation>anterior,posterior,rótulo</translation>
    </message>
    <message>
        <source>--change-folders takes three folder names, e.g. A,B,label (got &apos;%1&apos;)</source>
        <translation>--change-folders recebe três nomes de pasta, p. ex. A,B,label (recebido &apos;%1&apos;)</translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <source>Creates the demo project (synthetic shapes, 500 images of 128x128) in a folder,
as the app does on first start.</source>
        <translation>Cria o projeto de demonstração (formas sintéticas, 500 imagens de 128x128) em uma pasta,
como o aplicativo faz na primeira inicialização.</translation>
    </message>
    <message>
        <source>Project folder to create.</source>
        <translation>Pasta do projeto a criar.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>pasta</translation>
    </message>
    <message>
        <source>--out is required</source>
        <translation>--out é obrigatório</translation>
    </message>
    <message>
        <source>Created demo project %1</source>
        <translation>Projeto de demonstração %1 criado</translation>
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
            <numerusform>%n dia</numerusform>
            <numerusform>%n dias</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>There is not enough memory for this.</source>
        <translation>Não há memória suficiente para isso.</translation>
    </message>
    <message>
        <source>Unexpected error: %1</source>
        <translation>Erro inesperado: %1</translation>
    </message>
    <message>
        <source>Unexpected error of an unknown kind.</source>
        <translation>Erro inesperado de tipo desconhecido.</translation>
    </message>
    <message>
        <source>The file or folder does not exist.</source>
        <translation>O arquivo ou a pasta não existe.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>O arquivo está vazio.</translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation>O arquivo não pode ser lido.</translation>
    </message>
    <message>
        <source>The file is truncated.</source>
        <translation>O arquivo está truncado.</translation>
    </message>
    <message>
        <source>The file is not an image.</source>
        <translation>O arquivo não é uma imagem.</translation>
    </message>
    <message>
        <source>The file&apos;s format is not supported.</source>
        <translation>O formato do arquivo não é suportado.</translation>
    </message>
    <message>
        <source>The mask and its image differ in size.</source>
        <translation>A máscara e sua imagem têm tamanhos diferentes.</translation>
    </message>
    <message>
        <source>The mask holds values that are not classes.</source>
        <translation>A máscara contém valores que não são classes.</translation>
    </message>
    <message>
        <source>The folder is not a dataset SegStudio can read.</source>
        <translation>A pasta não é um conjunto de dados que o SegStudio consiga ler.</translation>
    </message>
    <message>
        <source>The file is not valid JSON.</source>
        <translation>O arquivo não é um JSON válido.</translation>
    </message>
    <message>
        <source>The file&apos;s content is invalid.</source>
        <translation>O conteúdo do arquivo é inválido.</translation>
    </message>
    <message>
        <source>The file was written by a newer SegStudio.</source>
        <translation>O arquivo foi gravado por uma versão mais recente do SegStudio.</translation>
    </message>
    <message>
        <source>An option has an invalid value.</source>
        <translation>Uma opção tem um valor inválido.</translation>
    </message>
    <message>
        <source>The file cannot be written.</source>
        <translation>O arquivo não pode ser gravado.</translation>
    </message>
    <message>
        <source>Unknown error.</source>
        <translation>Erro desconhecido.</translation>
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
        <translation>imagem</translation>
    </message>
    <message>
        <source>pixel acc</source>
        <translation>acur. pixel</translation>
    </message>
    <message>
        <source>mIoU</source>
        <translation>mIoU</translation>
    </message>
    <message>
        <source>worst class (IoU)</source>
        <translation>pior classe (IoU)</translation>
    </message>
    <message>
        <source>Scores a model (a checkpoint or TorchScript file) on a dataset&apos;s validation split
(or another split): the metrics table of `score`, from the model alone.</source>
        <translation>Avalia um modelo (ponto de controle ou arquivo TorchScript) no conjunto de validação
(ou em outra divisão) de um conjunto de dados: a tabela de métricas de `score`,
apenas com o modelo.</translation>
    </message>
    <message>
        <source>A checkpoint (best.pt or last.pt of a run) or a TorchScript model.</source>
        <translation>Um ponto de controle (best.pt ou last.pt de uma execução) ou um modelo TorchScript.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>arquivo</translation>
    </message>
    <message>
        <source>Dataset folder or project.</source>
        <translation>Pasta do conjunto de dados ou projeto.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>pasta</translation>
    </message>
    <message>
        <source>val, train, test or all (default val).</source>
        <translation>val, train, test ou all (padrão val).</translation>
    </message>
    <message>
        <source>split</source>
        <translation>divisão</translation>
    </message>
    <message>
        <source>Validation share when the dataset has no split files (default 0.2).</source>
        <translation>Fração de validação quando o conjunto de dados não tem arquivos de divisão (padrão 0.2).</translation>
    </message>
    <message>
        <source>f</source>
        <translation>f</translation>
    </message>
    <message>
        <source>Print the scores as JSON.</source>
        <translation>Mostra as pontuações em JSON.</translation>
    </message>
    <message>
        <source>Also list each image&apos;s pixel accuracy, mIoU and worst class, worst first.</source>
        <translation>Também lista a acurácia de pixel, o mIoU e a pior classe de cada imagem, da pior para a melhor.</translation>
    </message>
    <message>
        <source>--checkpoint and --data are required</source>
        <translation>--checkpoint e --data são obrigatórios</translation>
    </message>
    <message>
        <source>--split must be val, train, test or all</source>
        <translation>--split deve ser val, train, test ou all</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>aviso: %1</translation>
    </message>
    <message>
        <source>Evaluated %1 images (%2 split)</source>
        <translation>%1 imagens avaliadas (divisão %2)</translation>
    </message>
    <message numerus="yes">
        <source>, with dense CRF post-processing (%n iteration(s))</source>
        <translation>
            <numerusform>, com pós-processamento por CRF denso (%n iteração)</numerusform>
            <numerusform>, com pós-processamento por CRF denso (%n iterações)</numerusform>
        </translation>
    </message>
    <message>
        <source>Change class: precision %1, recall %2, F1 %3, IoU %4</source>
        <translation>Classe de mudança: precisão %1, revocação %2, F1 %3, IoU %4</translation>
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
        <translation>Grava o modelo de um ponto de controle como módulo TorchScript para PyTorch:
  model = torch.jit.load(&quot;model.pt&quot;)
  logits = model(x)  # x: float [N, 3, H, W], RGB em [0, 1] normalizado com
                     # model.mean e model.std; qualquer H e W
Retorna logits [N, classes, H, W], iguais aos que o SegStudio calcula; os nomes
das classes estão em model.class_names. O SegStudio também abre o arquivo como modelo.</translation>
    </message>
    <message>
        <source>A checkpoint (best.pt or last.pt of a run).</source>
        <translation>Um ponto de controle (best.pt ou last.pt de uma execução).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>arquivo</translation>
    </message>
    <message>
        <source>The TorchScript file to write.</source>
        <translation>O arquivo TorchScript a gravar.</translation>
    </message>
    <message>
        <source>--checkpoint and --out are required</source>
        <translation>--checkpoint e --out são obrigatórios</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: %2, %n class(es); load it with torch.jit.load</source>
        <translation>
            <numerusform>%1 gravado: %2, %n classe; carregue-o com torch.jit.load</numerusform>
            <numerusform>%1 gravado: %2, %n classes; carregue-o com torch.jit.load</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FillTool</name>
    <message>
        <source>Flood fill</source>
        <translation>Preenchimento de área</translation>
    </message>
</context>
<context>
    <name>GuiMain</name>
    <message>
        <source>SegStudio: paint masks, train segmentation models, compare them.</source>
        <translation>SegStudio: pinte máscaras, treine modelos de segmentação e compare-os.</translation>
    </message>
    <message>
        <source>Open the demo project (synthetic shapes), creating it on first use.</source>
        <translation>Abre o projeto de demonstração (formas sintéticas), criando-o no primeiro uso.</translation>
    </message>
    <message>
        <source>Project folder or project.json to open.</source>
        <translation>Pasta do projeto ou project.json a abrir.</translation>
    </message>
    <message>
        <source>[project]</source>
        <translation>[projeto]</translation>
    </message>
</context>
<context>
    <name>InitCommand</name>
    <message>
        <source>Makes a folder a SegStudio project (writes project.json into it), as the window&apos;s
File &gt; New Project does: a dataset in any layout SegStudio reads, or with --images
a plain folder of images to annotate.</source>
        <translation>Transforma uma pasta em projeto do SegStudio (grava project.json nela), como faz
Arquivo &gt; Novo projeto na janela: um conjunto de dados em qualquer estrutura que
o SegStudio lê ou, com --images, uma pasta simples de imagens a anotar.</translation>
    </message>
    <message>
        <source>The dataset or image folder.</source>
        <translation>O conjunto de dados ou a pasta de imagens.</translation>
    </message>
    <message>
        <source>A plain folder of images to annotate.</source>
        <translation>Uma pasta simples de imagens a anotar.</translation>
    </message>
    <message>
        <source>With --images: class names, comma-separated (background,object).</source>
        <translation>Com --images: nomes das classes, separados por vírgula (background,object).</translation>
    </message>
    <message>
        <source>names</source>
        <translation>nomes</translation>
    </message>
    <message>
        <source>give one folder</source>
        <translation>informe uma pasta</translation>
    </message>
    <message numerus="yes">
        <source>Created %1 with %n classes</source>
        <translation>
            <numerusform>%1 criado com %n classe</numerusform>
            <numerusform>%1 criado com %n classes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InspectCommand</name>
    <message>
        <source>Dataset   %1</source>
        <translation>Dados     %1</translation>
    </message>
    <message>
        <source>Layout    %1</source>
        <translation>Estrutura %1</translation>
    </message>
    <message>
        <source>Samples   %1 (%2 labelled, %3 unlabelled)</source>
        <translation>Amostras  %1 (%2 rotuladas, %3 não rotuladas)</translation>
    </message>
    <message>
        <source>Split     train %1, val %2, test %3</source>
        <translation>Divisão   treino %1, val %2, teste %3</translation>
    </message>
    <message>
        <source>%1x%2 (%3)</source>
        <translation>%1x%2 (%3)</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>e mais %1</translation>
    </message>
    <message>
        <source>Sizes     %1</source>
        <translation>Tamanhos  %1</translation>
    </message>
    <message>
        <source>Classes (inferred from the mask values; add labels.txt to name them)</source>
        <translation>Classes (inferidas dos valores das máscaras; adicione labels.txt para nomeá-las)</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>Classes</translation>
    </message>
    <message>
        <source>index</source>
        <translation>índice</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nome</translation>
    </message>
    <message>
        <source>pixels</source>
        <translation>pixels</translation>
    </message>
    <message>
        <source>share</source>
        <translation>fração</translation>
    </message>
    <message>
        <source>(ignored)</source>
        <translation>(ignorada)</translation>
    </message>
    <message>
        <source>Problems  %1 (%2 samples skipped)</source>
        <translation>Problemas %1 (%2 amostras puladas)</translation>
    </message>
    <message>
        <source>Reads every sample of a dataset and reports counts, image sizes, class pixel
frequencies and the problems found (bad files are skipped and listed).</source>
        <translation>Lê cada amostra de um conjunto de dados e relata quantidades, tamanhos de imagem,
frequência dos pixels de cada classe e os problemas encontrados (arquivos defeituosos
são pulados e listados).</translation>
    </message>
    <message>
        <source>Dataset folder (VOC, PennFudan or images/ + masks/).</source>
        <translation>Pasta do conjunto de dados (VOC, PennFudan ou images/ + masks/).</translation>
    </message>
    <message>
        <source>Print the report as JSON.</source>
        <translation>Mostra o relatório em JSON.</translation>
    </message>
    <message>
        <source>Stop at the first problem (exit code 1) instead of skipping.</source>
        <translation>Para no primeiro problema (código de saída 1) em vez de pular.</translation>
    </message>
    <message>
        <source>Force the layout: voc, pennfudan, folders or images.</source>
        <translation>Força a estrutura: voc, pennfudan, folders ou images.</translation>
    </message>
    <message>
        <source>layout</source>
        <translation>estrutura</translation>
    </message>
    <message>
        <source>Validation share when the dataset has no split files (default 0.2).</source>
        <translation>Fração de validação quando o conjunto de dados não tem arquivos de divisão (padrão 0.2).</translation>
    </message>
    <message>
        <source>f</source>
        <translation>f</translation>
    </message>
    <message>
        <source>Seed of that split (default 42).</source>
        <translation>Semente dessa divisão (padrão 42).</translation>
    </message>
    <message>
        <source>k</source>
        <translation>k</translation>
    </message>
    <message>
        <source>give exactly one dataset folder</source>
        <translation>informe exatamente uma pasta de conjunto de dados</translation>
    </message>
    <message>
        <source>--layout must be voc, pennfudan, folders or images</source>
        <translation>--layout deve ser voc, pennfudan, folders ou images</translation>
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
        <translation>Acur.</translation>
    </message>
    <message>
        <source>Prec</source>
        <translation>Prec.</translation>
    </message>
    <message>
        <source>GT pixels</source>
        <translation>Pixels gab.</translation>
    </message>
    <message>
        <source>Pixel accuracy        %1</source>
        <translation>Acurácia de pixel         %1</translation>
    </message>
    <message>
        <source>Mean class accuracy   %1</source>
        <translation>Acurácia média por classe %1</translation>
    </message>
    <message>
        <source>Mean IoU              %1</source>
        <translation>IoU médio                 %1</translation>
    </message>
    <message>
        <source>FW IoU                %1</source>
        <translation>FW IoU                    %1</translation>
    </message>
    <message>
        <source>Mean Dice             %1</source>
        <translation>Dice médio                %1</translation>
    </message>
</context>
<context>
    <name>ModelCommand</name>
    <message>
        <source>Prints a model&apos;s size: parameters, convolutions and matrix products, and the multiply-accumulates (GMACs) of one forward pass.</source>
        <translation>Mostra o tamanho de um modelo: parâmetros, convoluções e produtos de matrizes, e as multiplicações-acumulações (GMACs) de uma passagem direta.</translation>
    </message>
    <message>
        <source>Lists every architecture, one a line: its name, its label and what it takes (image, or pair for change detection), tab-separated.</source>
        <translation>Lista todas as arquiteturas, uma por linha: o nome, o nome de exibição e o que recebe (image, ou pair para detecção de mudanças), separados por tabulação.</translation>
    </message>
    <message>
        <source>Number of classes.</source>
        <translation>Número de classes.</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Input size: S or WxH (default 512).</source>
        <translation>Tamanho de entrada: S ou WxH (padrão 512).</translation>
    </message>
    <message>
        <source>size</source>
        <translation>tamanho</translation>
    </message>
    <message>
        <source>--size must be S or WxH with sides from 8 to 8192</source>
        <translation>--size deve ser S ou WxH com lados de 8 a 8192</translation>
    </message>
    <message>
        <source>%1 (%2) at %3x%4: %5 parameters (%6 M), %7 convolutions, %8 matrix products; %9 GMACs per forward pass (multiply-accumulates; FLOPs are twice as many)</source>
        <translation>%1 (%2) em %3x%4: %5 parâmetros (%6 M), %7 convoluções, %8 produtos de matrizes; %9 GMACs por passagem direta (multiplicações-acumulações; os FLOPs são o dobro)</translation>
    </message>
    <message>
        <source>Model zoo, with its default options: %1</source>
        <translation>Catálogo de modelos, com as opções padrão: %1</translation>
    </message>
</context>
<context>
    <name>ModelOptions</name>
    <message>
        <source>Refine the probabilities with a fully connected CRF (dense CRF): pixels close in position and colour lean to the same class.</source>
        <translation>Refina as probabilidades com um CRF totalmente conectado (CRF denso): pixels próximos em posição e cor tendem à mesma classe.</translation>
    </message>
    <message>
        <source>CRF mean-field iterations (default %1; implies --crf).</source>
        <translation>Iterações de campo médio do CRF (padrão %1; implica --crf).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>CRF appearance kernel: weight, spatial width in pixels, colour width (default %1,%2,%3; implies --crf).</source>
        <translation>Núcleo de aparência do CRF: peso, largura espacial em pixels, largura de cor (padrão %1,%2,%3; implica --crf).</translation>
    </message>
    <message>
        <source>w,px,colour</source>
        <translation>p,px,cor</translation>
    </message>
    <message>
        <source>CRF smoothness kernel: weight, spatial width in pixels (default %1,%2; implies --crf).</source>
        <translation>Núcleo de suavidade do CRF: peso, largura espacial em pixels (padrão %1,%2; implica --crf).</translation>
    </message>
    <message>
        <source>w,px</source>
        <translation>p,px</translation>
    </message>
    <message>
        <source>--crf-appearance takes three numbers, e.g. 5,30,13</source>
        <translation>--crf-appearance recebe três números, p. ex. 5,30,13</translation>
    </message>
    <message>
        <source>--crf-smoothness takes two numbers, e.g. 3,3</source>
        <translation>--crf-smoothness recebe dois números, p. ex. 3,3</translation>
    </message>
    <message>
        <source>TorchScript models: class names, comma-separated, or a labels.txt or classes.json file. Without it, the settings stored next to the model (or inside a model SegStudio exported) apply.</source>
        <translation>Modelos TorchScript: nomes das classes, separados por vírgula, ou um arquivo labels.txt ou classes.json. Sem isso, valem as configurações guardadas junto ao modelo (ou dentro de um modelo exportado pelo SegStudio).</translation>
    </message>
    <message>
        <source>names|file</source>
        <translation>nomes|arquivo</translation>
    </message>
    <message>
        <source>TorchScript models: input mean per RGB channel (default ImageNet&apos;s 0.485,0.456,0.406).</source>
        <translation>Modelos TorchScript: média de entrada por canal RGB (padrão: a do ImageNet, 0.485,0.456,0.406).</translation>
    </message>
    <message>
        <source>r,g,b</source>
        <translation>r,g,b</translation>
    </message>
    <message>
        <source>TorchScript models: input standard deviation per RGB channel (default ImageNet&apos;s 0.229,0.224,0.225).</source>
        <translation>Modelos TorchScript: desvio padrão de entrada por canal RGB (padrão: o do ImageNet, 0.229,0.224,0.225).</translation>
    </message>
    <message>
        <source>TorchScript models traced at one size: WxH; images are resized to it.</source>
        <translation>Modelos TorchScript rastreados (traced) em um tamanho fixo: WxH; as imagens são redimensionadas para ele.</translation>
    </message>
    <message>
        <source>size</source>
        <translation>tamanho</translation>
    </message>
    <message>
        <source>--mean, --std and --input-size go with --classes</source>
        <translation>--mean, --std e --input-size só valem junto com --classes</translation>
    </message>
    <message>
        <source>--%1 takes three numbers separated by commas, e.g. 0.5,0.5,0.5</source>
        <translation>--%1 recebe três números separados por vírgula, p. ex. 0.5,0.5,0.5</translation>
    </message>
    <message>
        <source>--input-size takes WxH, e.g. 520x520</source>
        <translation>--input-size recebe WxH, p. ex. 520x520</translation>
    </message>
</context>
<context>
    <name>ModelTable</name>
    <message>
        <source>Backbone</source>
        <translation>Rede base</translation>
    </message>
    <message>
        <source>The encoder: a ResNet (He et al. 2016) or a VGG network (Simonyan and Zisserman 2015).</source>
        <translation>O codificador: uma ResNet (He et al. 2016) ou uma rede VGG (Simonyan e Zisserman 2015).</translation>
    </message>
    <message>
        <source>The encoder: a ResNet (He et al. 2016).</source>
        <translation>O codificador: uma ResNet (He et al. 2016).</translation>
    </message>
    <message>
        <source>The encoder: a VGG network (Simonyan and Zisserman 2015).</source>
        <translation>O codificador: uma rede VGG (Simonyan e Zisserman 2015).</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Largura</translation>
    </message>
    <message>
        <source>Channels of the backbone&apos;s first stage: 64 as in the papers; fewer train faster.</source>
        <translation>Canais do primeiro estágio da rede base: 64 como nos artigos; menos canais treinam mais rápido.</translation>
    </message>
    <message>
        <source>Output stride</source>
        <translation>Passo de saída</translation>
    </message>
    <message>
        <source>How much smaller than the image the deepest features are: 8 keeps finer detail and costs about four times more.</source>
        <translation>Quanto as características mais profundas são menores que a imagem: 8 preserva detalhes mais finos e custa cerca de quatro vezes mais.</translation>
    </message>
    <message>
        <source>Atrous rate</source>
        <translation>Taxa de dilatação</translation>
    </message>
    <message>
        <source>scaled to the training crop</source>
        <translation>proporcional ao recorte de treinamento</translation>
    </message>
    <message>
        <source>Channels of the highest-resolution branch (W); the others have 2W, 4W and 8W. 18 as in HRNet-W18.</source>
        <translation>Canais do ramo de maior resolução (W); os outros têm 2W, 4W e 8W. 18 como no HRNet-W18.</translation>
    </message>
    <message>
        <source>Channels of the first stage and of every attention head; the stages have 1, 2, 5 and 8 times as many. 32 as in MiT-B0.</source>
        <translation>Canais do primeiro estágio e de cada cabeça de atenção; os estágios têm 1, 2, 5 e 8 vezes esse número. 32 como no MiT-B0.</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>Profundidade</translation>
    </message>
    <message>
        <source>Transformer blocks in each of the four stages (2 in MiT-B0).</source>
        <translation>Blocos Transformer em cada um dos quatro estágios (2 no MiT-B0).</translation>
    </message>
    <message>
        <source>Channels of the first stage; each of the four stages doubles them. 16 as in the paper.</source>
        <translation>Canais do primeiro estágio; cada um dos quatro estágios os dobra. 16 como no artigo.</translation>
    </message>
    <message>
        <source>Bilinear upsampling</source>
        <translation>Sobreamostragem bilinear</translation>
    </message>
    <message>
        <source>Upsample bilinearly instead of with a learned 2x2 transposed convolution.</source>
        <translation>Sobreamostra de forma bilinear em vez de usar uma convolução transposta 2x2 aprendida.</translation>
    </message>
    <message>
        <source>Normalisation</source>
        <translation>Normalização</translation>
    </message>
    <message>
        <source>Batch: BatchNorm, the usual choice. Instance: each image normalised by its own statistics, in training and prediction alike; learns faster from a few images (live learning uses it).</source>
        <translation>Lote: BatchNorm, a escolha usual. Instância: cada imagem é normalizada pelas próprias estatísticas, tanto no treinamento quanto na predição; aprende mais rápido com poucas imagens (o aprendizado em tempo real a usa).</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Lote</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>Instância</translation>
    </message>
    <message>
        <source>Channels of the first stage; each deeper stage doubles them.</source>
        <translation>Canais do primeiro estágio; cada estágio mais profundo os dobra.</translation>
    </message>
    <message>
        <source>Number of stages, each at half the resolution of the last.</source>
        <translation>Número de estágios, cada um com metade da resolução do anterior.</translation>
    </message>
    <message>
        <source>DeepLab v1 (LargeFOV)</source>
        <translation>DeepLab v1 (LargeFOV)</translation>
    </message>
    <message>
        <source>Chen et al. 2015: a VGG network kept at output stride 8, and a classifier whose atrous convolution sees a large field of view.</source>
        <translation>Chen et al. 2015: uma rede VGG mantida em passo de saída 8 e um classificador cuja convolução dilatada vê um amplo campo de visão.</translation>
    </message>
    <message>
        <source>Dilation of the fc6 classifier layer: 12 in the paper, for 321-pixel crops.</source>
        <translation>Dilatação da camada classificadora fc6: 12 no artigo, para recortes de 321 pixels.</translation>
    </message>
    <message>
        <source>DeepLab v2</source>
        <translation>DeepLab v2</translation>
    </message>
    <message>
        <source>Chen et al. 2017: four atrous classifiers at rates r, 2r, 3r and 4r whose scores are summed (atrous spatial pyramid pooling).</source>
        <translation>Chen et al. 2017: quatro classificadores dilatados com taxas r, 2r, 3r e 4r cujas pontuações são somadas (agrupamento espacial em pirâmide com convoluções dilatadas).</translation>
    </message>
    <message>
        <source>The smallest of the four rates, r: 6 in the paper, for 321-pixel crops.</source>
        <translation>A menor das quatro taxas, r: 6 no artigo, para recortes de 321 pixels.</translation>
    </message>
    <message>
        <source>U-Net</source>
        <translation>U-Net</translation>
    </message>
    <message>
        <source>Ronneberger et al. 2015: an encoder and a decoder joined by skip connections at every scale.</source>
        <translation>Ronneberger et al. 2015: um codificador e um decodificador unidos por conexões de atalho em todas as escalas.</translation>
    </message>
    <message>
        <source>FCN-8s</source>
        <translation>FCN-8s</translation>
    </message>
    <message>
        <source>Long et al. 2015: class scores from strides 32, 16 and 8, summed.</source>
        <translation>Long et al. 2015: pontuações de classe dos passos 32, 16 e 8, somadas.</translation>
    </message>
    <message>
        <source>FCN-16s</source>
        <translation>FCN-16s</translation>
    </message>
    <message>
        <source>Long et al. 2015: class scores from strides 32 and 16, summed.</source>
        <translation>Long et al. 2015: pontuações de classe dos passos 32 e 16, somadas.</translation>
    </message>
    <message>
        <source>FCN-32s</source>
        <translation>FCN-32s</translation>
    </message>
    <message>
        <source>Long et al. 2015: class scores from stride 32, upsampled.</source>
        <translation>Long et al. 2015: pontuações de classe do passo 32, sobreamostradas.</translation>
    </message>
    <message>
        <source>SegNet</source>
        <translation>SegNet</translation>
    </message>
    <message>
        <source>Badrinarayanan et al. 2017: a VGG encoder whose max-pooling positions tell the decoder where to unpool.</source>
        <translation>Badrinarayanan et al. 2017: um codificador VGG cujas posições de agrupamento máximo (max pooling) indicam ao decodificador onde desagrupar.</translation>
    </message>
    <message>
        <source>DeepLabv3</source>
        <translation>DeepLabv3</translation>
    </message>
    <message>
        <source>Chen et al. 2017: atrous spatial pyramid pooling on a dilated backbone.</source>
        <translation>Chen et al. 2017: agrupamento espacial em pirâmide com convoluções dilatadas (ASPP) sobre uma rede base dilatada.</translation>
    </message>
    <message>
        <source>DeepLabv3+</source>
        <translation>DeepLabv3+</translation>
    </message>
    <message>
        <source>Chen et al. 2018: atrous spatial pyramid pooling on a dilated backbone, and a decoder that sharpens borders with stride-4 features.</source>
        <translation>Chen et al. 2018: agrupamento espacial em pirâmide com convoluções dilatadas (ASPP) sobre uma rede base dilatada, e um decodificador que deixa as bordas mais nítidas com características de passo 4.</translation>
    </message>
    <message>
        <source>PSPNet</source>
        <translation>PSPNet</translation>
    </message>
    <message>
        <source>Zhao et al. 2017: pyramid pooling over 1, 2, 3 and 6 bins gives every pixel the context of its region and of the whole image.</source>
        <translation>Zhao et al. 2017: o agrupamento em pirâmide sobre grades de 1, 2, 3 e 6 células dá a cada pixel o contexto da sua região e da imagem inteira.</translation>
    </message>
    <message>
        <source>RefineNet (light-weight)</source>
        <translation>RefineNet (leve)</translation>
    </message>
    <message>
        <source>Lin et al. 2017: the deepest features refined step by step with finer ones: residual convolution units, multi-resolution fusion and chained residual pooling.</source>
        <translation>Lin et al. 2017: as características mais profundas são refinadas passo a passo com as mais finas: unidades convolucionais residuais, fusão multirresolução e agrupamento residual encadeado.</translation>
    </message>
    <message>
        <source>HRNet (W18-small style)</source>
        <translation>HRNet (estilo W18-small)</translation>
    </message>
    <message>
        <source>Wang et al. 2020: branches at four resolutions run side by side and exchange features after every stage, so a high-resolution branch is kept all the way.</source>
        <translation>Wang et al. 2020: ramos em quatro resoluções rodam lado a lado e trocam características após cada estágio, de modo que um ramo de alta resolução é mantido do início ao fim.</translation>
    </message>
    <message>
        <source>SegFormer (MiT-B0 style)</source>
        <translation>SegFormer (estilo MiT-B0)</translation>
    </message>
    <message>
        <source>Xie et al. 2021: a hierarchical transformer encoder with efficient self-attention and overlapping patch embeddings, and a light all-MLP decoder.</source>
        <translation>Xie et al. 2021: um codificador Transformer hierárquico com autoatenção eficiente e incorporação de fragmentos sobrepostos (patch embeddings), e um decodificador leve totalmente MLP.</translation>
    </message>
    <message>
        <source>FC-EF (change detection)</source>
        <translation>FC-EF (detecção de mudanças)</translation>
    </message>
    <message>
        <source>Daudt et al. 2018: a U-Net-like network on the before and after images stacked as one 6-channel input (early fusion).</source>
        <translation>Daudt et al. 2018: uma rede semelhante à U-Net sobre as imagens anterior e posterior empilhadas como uma única entrada de 6 canais (fusão precoce).</translation>
    </message>
    <message>
        <source>FC-Siam-conc (change detection)</source>
        <translation>FC-Siam-conc (detecção de mudanças)</translation>
    </message>
    <message>
        <source>Daudt et al. 2018: one encoder with shared weights on each image; the decoder sees both encodings side by side.</source>
        <translation>Daudt et al. 2018: um codificador com pesos compartilhados em cada imagem; o decodificador vê as duas codificações lado a lado.</translation>
    </message>
    <message>
        <source>FC-Siam-diff (change detection)</source>
        <translation>FC-Siam-diff (detecção de mudanças)</translation>
    </message>
    <message>
        <source>Daudt et al. 2018: one encoder with shared weights on each image; the decoder sees the absolute difference of the encodings.</source>
        <translation>Daudt et al. 2018: um codificador com pesos compartilhados em cada imagem; o decodificador vê a diferença absoluta das codificações.</translation>
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
        <translation>ligado ou desligado</translation>
    </message>
    <message>
        <source>Measured with %5 threads: %1 M parameters, %2 GMACs at 256x256, trains %3 images/s (128x128), predicts a 512x512 image in %4 ms</source>
        <translation>Medido com %5 threads: %1 M parâmetros, %2 GMACs em 256x256, treina %3 imagens/s (128x128), prevê uma imagem de 512x512 em %4 ms</translation>
    </message>
    <message>
        <source>%1; validation mIoU not measured yet.</source>
        <translation>%1; mIoU de validação ainda não medido.</translation>
    </message>
    <message>
        <source>the demo</source>
        <translation>o projeto de demonstração</translation>
    </message>
    <message>
        <source>synthetic change pairs</source>
        <translation>pares de mudança sintéticos</translation>
    </message>
    <message numerus="yes">
        <source>%1; validation mIoU %2 on %3 after %4 minutes of training (%n epoch(s)).</source>
        <translation>
            <numerusform>%1; mIoU de validação %2 sobre %3 após %4 minutos de treinamento (%n época).</numerusform>
            <numerusform>%1; mIoU de validação %2 sobre %3 após %4 minutos de treinamento (%n épocas).</numerusform>
        </translation>
    </message>
    <message>
        <source>on</source>
        <translation>ligado</translation>
    </message>
    <message>
        <source>off</source>
        <translation>desligado</translation>
    </message>
    <message>
        <source>Not measured yet in the model zoo.</source>
        <translation>Ainda não medido no catálogo de modelos.</translation>
    </message>
    <message>
        <source>%1 M parameters · %2 GMACs · trains %3 img/s · %4 ms per 512² image</source>
        <translation>%1 M parâmetros · %2 GMACs · treina %3 img/s · %4 ms por imagem de 512²</translation>
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
        <translation>Prevê máscaras para uma imagem ou uma pasta de imagens e as grava como PNGs de paleta
com os nomes das imagens (e, com --overlay, as imagens com a máscara mesclada, na pasta
overlays dentro de --out, separadas das máscaras).
Um modelo de detecção de mudanças recebe pares de imagens: --input é então a imagem
anterior (ou pasta) e --after a imagem posterior (ou uma pasta cujas imagens formam
pares com as de --input pelo nome).
Imagens maiores que o tamanho do bloco são preditas em blocos sobrepostos.</translation>
    </message>
    <message>
        <source>A checkpoint (best.pt or last.pt of a run) or a TorchScript model.</source>
        <translation>Um ponto de controle (best.pt ou last.pt de uma execução) ou um modelo TorchScript.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>arquivo</translation>
    </message>
    <message>
        <source>An image, or a folder of images.</source>
        <translation>Uma imagem ou uma pasta de imagens.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>caminho</translation>
    </message>
    <message>
        <source>Change detection: the after image, or a folder of after images named as --input&apos;s.</source>
        <translation>Detecção de mudanças: a imagem posterior, ou uma pasta de imagens posteriores com os mesmos nomes das de --input.</translation>
    </message>
    <message>
        <source>Folder for the masks (created if missing).</source>
        <translation>Pasta para as máscaras (criada se não existir).</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>pasta</translation>
    </message>
    <message>
        <source>Also write overlays/&lt;name&gt;_overlay.png inside --out: the image with the mask blended in.</source>
        <translation>Também grava overlays/&lt;nome&gt;_overlay.png dentro de --out: a imagem com a máscara mesclada.</translation>
    </message>
    <message>
        <source>Tile size for large images (default 512).</source>
        <translation>Tamanho do bloco para imagens grandes (padrão 512).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>--checkpoint, --input and --out are required</source>
        <translation>--checkpoint, --input e --out são obrigatórios</translation>
    </message>
    <message>
        <source>this model compares image pairs: give the after images with --after</source>
        <translation>este modelo compara pares de imagens: informe as imagens posteriores com --after</translation>
    </message>
    <message>
        <source>--after is for change detection models; this one predicts single images</source>
        <translation>--after é para modelos de detecção de mudanças; este prevê imagens individuais</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>aviso: %1</translation>
    </message>
    <message>
        <source>Wrote %1 masks to %2</source>
        <translation>%1 máscaras gravadas em %2</translation>
    </message>
</context>
<context>
    <name>ProcessLauncher</name>
    <message>
        <source>No free port on the loopback interface for the processes to meet on</source>
        <translation>Nenhuma porta livre na interface de loopback para os processos se comunicarem</translation>
    </message>
    <message>
        <source>Could not start training process %1: %2</source>
        <translation>Não foi possível iniciar o processo de treinamento %1: %2</translation>
    </message>
</context>
<context>
    <name>RunsCommand</name>
    <message>
        <source>Lists a project&apos;s training runs (runs/&lt;id&gt;/) with their model, epochs and best validation mIoU, as the window&apos;s Runs list does.</source>
        <translation>Lista as execuções de treinamento de um projeto (runs/&lt;id&gt;/) com o modelo, as épocas e o melhor mIoU de validação, como a lista Execuções da janela.</translation>
    </message>
    <message>
        <source>Project folder or project.json.</source>
        <translation>Pasta do projeto ou project.json.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>pasta</translation>
    </message>
    <message>
        <source>--data is required</source>
        <translation>--data é obrigatório</translation>
    </message>
    <message>
        <source>No runs in %1</source>
        <translation>Nenhuma execução em %1</translation>
    </message>
    <message>
        <source>run</source>
        <translation>execução</translation>
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
        <translation>melhor mIoU</translation>
    </message>
    <message>
        <source>resumable</source>
        <translation>retomável</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sim</translation>
    </message>
    <message>
        <source>no</source>
        <translation>não</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>aviso: %1</translation>
    </message>
</context>
<context>
    <name>RuntimeText</name>
    <message numerus="yes">
        <source>CUDA: %n device(s) usable</source>
        <translation>
            <numerusform>CUDA: %n dispositivo utilizável</numerusform>
            <numerusform>CUDA: %n dispositivos utilizáveis</numerusform>
        </translation>
    </message>
    <message>
        <source>CUDA: built in, but no usable device</source>
        <translation>CUDA: incluído, mas sem dispositivo utilizável</translation>
    </message>
    <message>
        <source>CUDA: not available (this LibTorch is built for the CPU only)</source>
        <translation>CUDA: indisponível (este LibTorch foi compilado só para CPU)</translation>
    </message>
    <message>
        <source>Qt %1, LibTorch %2 (oneDNN %3), OpenCV %4</source>
        <translation>Qt %1, LibTorch %2 (oneDNN %3), OpenCV %4</translation>
    </message>
    <message>
        <source>CPU features: %1; LibTorch&apos;s own kernels use %2</source>
        <translation>Recursos da CPU: %1; os kernels próprios do LibTorch usam %2</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconhecido</translation>
    </message>
    <message>
        <source>Threads: %1 of %2 hardware threads</source>
        <translation>Threads: %1 de %2 threads de hardware</translation>
    </message>
    <message>
        <source>Licence: GNU General Public License, version 3 or later</source>
        <translation>Licença: Licença Pública Geral GNU (GPL), versão 3 ou posterior</translation>
    </message>
</context>
<context>
    <name>ScissorsTool</name>
    <message>
        <source>Intelligent scissors</source>
        <translation>Tesoura inteligente</translation>
    </message>
    <message>
        <source>Scissors fill</source>
        <translation>Preenchimento com tesoura</translation>
    </message>
</context>
<context>
    <name>ScoreCommand</name>
    <message>
        <source>Scored %1 mask pairs, %2 pixels</source>
        <translation>%1 pares de máscaras avaliados, %2 pixels</translation>
    </message>
    <message>
        <source>Classes were inferred from the mask values; give --classes to name them.</source>
        <translation>As classes foram inferidas dos valores das máscaras; use --classes para nomeá-las.</translation>
    </message>
    <message>
        <source>Scores predicted masks against ground-truth masks paired by file name: per-class
IoU, Dice, accuracy and precision; pixel accuracy, mean class accuracy, mIoU,
frequency-weighted IoU and mean Dice. Pixels marked 255 in the ground truth are ignored.</source>
        <translation>Avalia máscaras preditas em relação a máscaras de gabarito pareadas pelo nome do arquivo:
IoU, Dice, acurácia e precisão por classe; acurácia de pixel, acurácia média por classe,
mIoU, IoU ponderado por frequência e Dice médio. Pixels marcados com 255 no gabarito
são ignorados.</translation>
    </message>
    <message>
        <source>Folder of predicted masks.</source>
        <translation>Pasta das máscaras preditas.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>pasta</translation>
    </message>
    <message>
        <source>Folder of ground-truth masks.</source>
        <translation>Pasta das máscaras de gabarito.</translation>
    </message>
    <message>
        <source>labels.txt or classes.json naming the classes (needed for colour masks).</source>
        <translation>labels.txt ou classes.json com os nomes das classes (necessário para máscaras coloridas).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>arquivo</translation>
    </message>
    <message>
        <source>Print the scores as JSON.</source>
        <translation>Mostra as pontuações em JSON.</translation>
    </message>
    <message>
        <source>Fail on the first missing or unreadable mask instead of skipping it.</source>
        <translation>Falha na primeira máscara ausente ou ilegível em vez de pulá-la.</translation>
    </message>
    <message>
        <source>--pred and --gt are required</source>
        <translation>--pred e --gt são obrigatórios</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>argumento inesperado &apos;%1&apos;</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>aviso: %1</translation>
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
        <translation>Substitui as máscaras de treino de um projeto por rabiscos delas, como um anotador
com pressa as pintaria: um traço sobre cada objeto e alguns sobre o fundo, o resto
não rotulado. As máscaras de validação ficam completas, então as execuções são
avaliadas em relação ao gabarito inteiro. Para medir o que rótulos esparsos
conseguem treinar, em um projeto novo:
  segstudio-cli demo --out demo5 &amp;&amp; segstudio-cli scribble demo5 --fraction 0.05</translation>
    </message>
    <message>
        <source>The project (folder or project.json).</source>
        <translation>O projeto (pasta ou project.json).</translation>
    </message>
    <message>
        <source>Share of each image&apos;s pixels the scribbles cover, above 0 up to 1 (default %1); strokes widen until they reach it.</source>
        <translation>Fração dos pixels de cada imagem coberta pelos rabiscos, acima de 0 até 1 (padrão %1); os traços se alargam até alcançá-la.</translation>
    </message>
    <message>
        <source>f</source>
        <translation>f</translation>
    </message>
    <message>
        <source>Strokes across the background of each image (default %1).</source>
        <translation>Traços sobre o fundo de cada imagem (padrão %1).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Random seed (default %1).</source>
        <translation>Semente aleatória (padrão %1).</translation>
    </message>
    <message>
        <source>k</source>
        <translation>k</translation>
    </message>
    <message>
        <source>give one project</source>
        <translation>informe um projeto</translation>
    </message>
    <message numerus="yes">
        <source>Scribbled %n training masks into %1: %2% of their pixels labelled, strokes %3 to %4 px wide</source>
        <translation>
            <numerusform>%n máscara de treino rabiscada em %1: %2% dos pixels rotulados, traços de %3 a %4 px de largura</numerusform>
            <numerusform>%n máscaras de treino rabiscadas em %1: %2% dos pixels rotulados, traços de %3 a %4 px de largura</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShapeTool</name>
    <message>
        <source>Lasso fill</source>
        <translation>Preenchimento com laço</translation>
    </message>
    <message>
        <source>Polygon fill</source>
        <translation>Preenchimento de polígono</translation>
    </message>
</context>
<context>
    <name>StrokeTool</name>
    <message>
        <source>Erase</source>
        <translation>Apagar</translation>
    </message>
    <message>
        <source>Brush stroke</source>
        <translation>Traço de pincel</translation>
    </message>
</context>
<context>
    <name>SuperpixelTool</name>
    <message>
        <source>Superpixel fill</source>
        <translation>Preenchimento de superpixel</translation>
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
        <translation>Grava o conjunto de dados de demonstração com formas sintéticas
(images/, masks/, classes.json, labels.txt): círculos, retângulos, triângulos e
elipses, com máscaras do seu tipo.</translation>
    </message>
    <message>
        <source>Folder to write the dataset into (created if missing).</source>
        <translation>Pasta onde gravar o conjunto de dados (criada se não existir).</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>pasta</translation>
    </message>
    <message>
        <source>Number of images (default 500).</source>
        <translation>Número de imagens (padrão 500).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Image size: S or WxH, 16 to 8192 (default 128).</source>
        <translation>Tamanho da imagem: S ou WxH, de 16 a 8192 (padrão 128).</translation>
    </message>
    <message>
        <source>size</source>
        <translation>tamanho</translation>
    </message>
    <message>
        <source>Random seed; the same seed gives the same dataset (default 1).</source>
        <translation>Semente aleatória; a mesma semente gera o mesmo conjunto de dados (padrão 1).</translation>
    </message>
    <message>
        <source>k</source>
        <translation>k</translation>
    </message>
    <message>
        <source>Gaussian pixel noise sigma, 0 to 64 (default 6).</source>
        <translation>Sigma do ruído gaussiano nos pixels, de 0 a 64 (padrão 6).</translation>
    </message>
    <message>
        <source>sigma</source>
        <translation>sigma</translation>
    </message>
    <message>
        <source>Write change-detection pairs instead, in the LEVIR-CD layout (A/, B/, label/): shapes appear, vanish and move between the two images while their colours drift.</source>
        <translation>Em vez disso, grava pares de detecção de mudanças, na estrutura do LEVIR-CD (A/, B/, label/): formas aparecem, somem e se movem entre as duas imagens enquanto as cores derivam.</translation>
    </message>
    <message>
        <source>With --change: how far the after image&apos;s colours drift, 0 to 1 (default %1).</source>
        <translation>Com --change: quanto as cores da imagem posterior derivam, de 0 a 1 (padrão %1).</translation>
    </message>
    <message>
        <source>d</source>
        <translation>d</translation>
    </message>
    <message>
        <source>--out is required</source>
        <translation>--out é obrigatório</translation>
    </message>
    <message>
        <source>--size must be S or WxH with sides from 16 to 8192 (got &apos;%1&apos;)</source>
        <translation>--size deve ser S ou WxH com lados de 16 a 8192 (recebido &apos;%1&apos;)</translation>
    </message>
    <message>
        <source>--drift needs --change</source>
        <translation>--drift requer --change</translation>
    </message>
    <message>
        <source>synth: %1/%2 pairs</source>
        <translation>synth: %1/%2 pares</translation>
    </message>
    <message>
        <source>synth: %1/%2 images</source>
        <translation>synth: %1/%2 imagens</translation>
    </message>
    <message>
        <source>Wrote %1 image pairs of %2x%3 with change masks to %4</source>
        <translation>%1 pares de imagens de %2x%3 com máscaras de mudança gravados em %4</translation>
    </message>
    <message>
        <source>Wrote %1 images of %2x%3 with masks to %4</source>
        <translation>%1 imagens de %2x%3 com máscaras gravadas em %4</translation>
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
        <translation>%1, faltam cerca de %2</translation>
    </message>
</context>
<context>
    <name>TrainCommand</name>
    <message>
        <source>Trains a segmentation model on a dataset or project. Writes the run folder:
config.json, metrics.csv, log.txt, checkpoints/last.pt and best.pt.
Ctrl-C or SIGTERM stops after the current iteration and keeps a checkpoint to --resume from; SIGUSR1 pauses and SIGUSR2 continues.</source>
        <translation>Treina um modelo de segmentação em um conjunto de dados ou projeto. Grava a pasta
da execução: config.json, metrics.csv, log.txt, checkpoints/last.pt e best.pt.
Ctrl-C ou SIGTERM para após a iteração atual e mantém um ponto de controle para --resume; SIGUSR1 pausa e SIGUSR2 continua.</translation>
    </message>
    <message>
        <source>Dataset folder or project (folder or project.json).</source>
        <translation>Pasta do conjunto de dados ou projeto (pasta ou project.json).</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>pasta</translation>
    </message>
    <message>
        <source>Run folder to create (or continue, with --resume).</source>
        <translation>Pasta da execução a criar (ou a continuar, com --resume).</translation>
    </message>
    <message>
        <source>Continue from a checkpoint (its run&apos;s last.pt).</source>
        <translation>Continua a partir de um ponto de controle (o last.pt da sua execução).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>arquivo</translation>
    </message>
    <message>
        <source>Start from a config.json (options below override it).</source>
        <translation>Parte de um config.json (as opções abaixo prevalecem sobre ele).</translation>
    </message>
    <message>
        <source>Start the backbone from these weights: a SegStudio checkpoint or a PyTorch state dict (torchvision&apos;s ResNet names work).</source>
        <translation>Inicia a rede base com estes pesos: um ponto de controle do SegStudio ou um state dict do PyTorch (os nomes da ResNet do torchvision funcionam).</translation>
    </message>
    <message>
        <source>Epochs to train.</source>
        <translation>Épocas de treinamento.</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Batch size.</source>
        <translation>Tamanho do lote.</translation>
    </message>
    <message>
        <source>Square training crop in pixels; 0 trains on whole images.</source>
        <translation>Recorte quadrado de treinamento em pixels; 0 treina com imagens inteiras.</translation>
    </message>
    <message>
        <source>Learning rate.</source>
        <translation>Taxa de aprendizado.</translation>
    </message>
    <message>
        <source>rate</source>
        <translation>taxa</translation>
    </message>
    <message>
        <source>adam, adamw or sgd.</source>
        <translation>adam, adamw ou sgd.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nome</translation>
    </message>
    <message>
        <source>Weight decay.</source>
        <translation>Decaimento de pesos.</translation>
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
        <translation>Peso da entropia cruzada por classe, separado por vírgula, p. ex. 0.5,1,1.</translation>
    </message>
    <message>
        <source>w,w,...</source>
        <translation>p,p,...</translation>
    </message>
    <message>
        <source>Cross-entropy label smoothing, 0 to 0.5.</source>
        <translation>Suavização de rótulos da entropia cruzada, de 0 a 0.5.</translation>
    </message>
    <message>
        <source>s</source>
        <translation>s</translation>
    </message>
    <message>
        <source>Focal loss focusing parameter.</source>
        <translation>Parâmetro de foco da perda focal.</translation>
    </message>
    <message>
        <source>g</source>
        <translation>g</translation>
    </message>
    <message>
        <source>ce_dice: weight of the Dice term.</source>
        <translation>ce_dice: peso do termo Dice.</translation>
    </message>
    <message>
        <source>For scribbled (partial) masks: weight of the dense-CRF regularised loss (Tang et al. 2018), which spreads labels up to the image&apos;s edges; 0 is off (default).</source>
        <translation>Para máscaras rabiscadas (parciais): peso da perda regularizada por CRF denso (Tang et al. 2018), que espalha os rótulos até os contornos da imagem; 0 desliga (padrão).</translation>
    </message>
    <message>
        <source>The CRF loss kernel&apos;s width in pixels (%1).</source>
        <translation>Largura do núcleo da perda de CRF em pixels (%1).</translation>
    </message>
    <message>
        <source>px</source>
        <translation>px</translation>
    </message>
    <message>
        <source>The CRF loss kernel&apos;s width in intensity levels (%1).</source>
        <translation>Largura do núcleo da perda de CRF em níveis de intensidade (%1).</translation>
    </message>
    <message>
        <source>levels</source>
        <translation>níveis</translation>
    </message>
    <message>
        <source>poly, cosine, step or constant.</source>
        <translation>poly, cosine, step ou constant.</translation>
    </message>
    <message>
        <source>Linear warm-up iterations.</source>
        <translation>Iterações de aquecimento linear.</translation>
    </message>
    <message>
        <source>Random scale range, e.g. 0.75,1.5.</source>
        <translation>Faixa de escala aleatória, p. ex. 0.75,1.5.</translation>
    </message>
    <message>
        <source>min,max</source>
        <translation>mín,máx</translation>
    </message>
    <message>
        <source>Random rotation up to this many degrees.</source>
        <translation>Rotação aleatória de até este número de graus.</translation>
    </message>
    <message>
        <source>deg</source>
        <translation>graus</translation>
    </message>
    <message>
        <source>Colour jitter strength (brightness, contrast, saturation), 0 to 1.</source>
        <translation>Intensidade da variação de cor (brilho, contraste, saturação), de 0 a 1.</translation>
    </message>
    <message>
        <source>Adversarial training (Luc et al. 2016): a discriminator learns to tell ground truth from predictions, and the model learns to fool it.</source>
        <translation>Treinamento adversarial (Luc et al. 2016): um discriminador aprende a distinguir o gabarito das predições, e o modelo aprende a enganá-lo.</translation>
    </message>
    <message>
        <source>Weight of the adversarial term next to the segmentation loss (%1).</source>
        <translation>Peso do termo adversarial em relação à perda de segmentação (%1).</translation>
    </message>
    <message>
        <source>The discriminator&apos;s learning rate (%1).</source>
        <translation>Taxa de aprendizado do discriminador (%1).</translation>
    </message>
    <message>
        <source>No random horizontal flips.</source>
        <translation>Sem espelhamentos horizontais aleatórios.</translation>
    </message>
    <message>
        <source>Random vertical flips too (for data without an up and down).</source>
        <translation>Também aplica espelhamentos verticais aleatórios (para dados sem noção de cima e baixo).</translation>
    </message>
    <message>
        <source>LibTorch threads (%1).</source>
        <translation>Threads do LibTorch (%1).</translation>
    </message>
    <message>
        <source>all cores</source>
        <translation>todos os núcleos</translation>
    </message>
    <message>
        <source>Random seed.</source>
        <translation>Semente aleatória.</translation>
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
        <translation>Treinamento com paralelismo de dados neste número de processos nesta máquina, cada um com --batch imagens por passo (defina --threads para dividir os núcleos). Quando iniciados por torchrun, srun ou outro lançador, os processos leem RANK, WORLD_SIZE, LOCAL_RANK, MASTER_ADDR e MASTER_PORT em vez disso.</translation>
    </message>
    <message>
        <source>Data-parallel communication: gloo (CPU) or nccl (CUDA).</source>
        <translation>Comunicação do paralelismo de dados: gloo (CPU) ou nccl (CUDA).</translation>
    </message>
    <message>
        <source>Validation share when the dataset has no split files (%1).</source>
        <translation>Fração de validação quando o conjunto de dados não tem arquivos de divisão (%1).</translation>
    </message>
    <message>
        <source>f</source>
        <translation>f</translation>
    </message>
    <message>
        <source>--data is required</source>
        <translation>--data é obrigatório</translation>
    </message>
    <message>
        <source>--out is required (or --resume a checkpoint)</source>
        <translation>--out é obrigatório (ou use --resume com um ponto de controle)</translation>
    </message>
    <message>
        <source>--adversarial-weight and --discriminator-lr need --adversarial</source>
        <translation>--adversarial-weight e --discriminator-lr requerem --adversarial</translation>
    </message>
    <message>
        <source>--scale takes two numbers, e.g. 0.75,1.5</source>
        <translation>--scale recebe dois números, p. ex. 0.75,1.5</translation>
    </message>
    <message>
        <source>--class-weights takes numbers, e.g. 0.5,1,1</source>
        <translation>--class-weights recebe números, p. ex. 0.5,1,1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>aviso: %1</translation>
    </message>
    <message>
        <source>--backend is gloo or nccl</source>
        <translation>--backend deve ser gloo ou nccl</translation>
    </message>
    <message>
        <source>Finished: best mIoU %1 at epoch %2; checkpoints in %3</source>
        <translation>Concluído: melhor mIoU %1 na época %2; pontos de controle em %3</translation>
    </message>
    <message>
        <source>Stopped after %1 complete epochs. Continue with: --resume %2</source>
        <translation>Interrompido após %1 épocas completas. Para continuar: --resume %2</translation>
    </message>
    <message>
        <source>rank %1: </source>
        <translation>processo %1: </translation>
    </message>
    <message>
        <source>Training failed: %1</source>
        <translation>Falha no treinamento: %1</translation>
    </message>
</context>
<context>
    <name>seg::ui::Annotator</name>
    <message>
        <source>&lt;opened&gt;</source>
        <translation>&lt;ao abrir&gt;</translation>
    </message>
    <message>
        <source>Pre-label with model</source>
        <translation>Pré-rotular com modelo</translation>
    </message>
    <message>
        <source>Pre-labelled %1 with %2: correct what is wrong.</source>
        <translation>Pré-rotulagem de %1 com %2 concluída: corrija o que estiver errado.</translation>
    </message>
    <message>
        <source>Painting Tools</source>
        <translation>Ferramentas de pintura</translation>
    </message>
    <message>
        <source>Painting Options</source>
        <translation>Opções de pintura</translation>
    </message>
    <message>
        <source>Brush</source>
        <translation>Pincel</translation>
    </message>
    <message>
        <source>Paint the current class; Shift+click draws a straight line</source>
        <translation>Pinta a classe atual; Shift+clique traça uma linha reta</translation>
    </message>
    <message>
        <source>Eraser</source>
        <translation>Borracha</translation>
    </message>
    <message>
        <source>Make pixels unlabelled again</source>
        <translation>Torna os pixels não rotulados novamente</translation>
    </message>
    <message>
        <source>Fill</source>
        <translation>Preencher</translation>
    </message>
    <message>
        <source>Fill the region of similar colour under the click</source>
        <translation>Preenche a região de cor semelhante sob o clique</translation>
    </message>
    <message>
        <source>Polygon</source>
        <translation>Polígono</translation>
    </message>
    <message>
        <source>Click the corners; double-click or Enter fills</source>
        <translation>Clique nos vértices; clique duplo ou Enter preenche</translation>
    </message>
    <message>
        <source>Lasso</source>
        <translation>Laço</translation>
    </message>
    <message>
        <source>Drag around an area to fill it</source>
        <translation>Arraste em volta de uma área para preenchê-la</translation>
    </message>
    <message>
        <source>Rectangle</source>
        <translation>Retângulo</translation>
    </message>
    <message>
        <source>Drag to fill a rectangle</source>
        <translation>Arraste para preencher um retângulo</translation>
    </message>
    <message>
        <source>Pick Class</source>
        <translation>Capturar classe</translation>
    </message>
    <message>
        <source>Click a pixel to paint with its class (or Alt+click with any tool)</source>
        <translation>Clique em um pixel para pintar com a classe dele (ou Alt+clique com qualquer ferramenta)</translation>
    </message>
    <message>
        <source>GrabCut</source>
        <translation>GrabCut</translation>
    </message>
    <message>
        <source>Drag a box around an object; labels inside the box guide it (the current class as object, others as background)</source>
        <translation>Arraste uma caixa em volta de um objeto; os rótulos dentro da caixa o orientam (a classe atual como objeto, as outras como fundo)</translation>
    </message>
    <message>
        <source>Superpixel</source>
        <translation>Superpixel</translation>
    </message>
    <message>
        <source>Click to fill the superpixel (a patch of similar colour) under the cursor</source>
        <translation>Clique para preencher o superpixel (uma região de cor semelhante) sob o cursor</translation>
    </message>
    <message>
        <source>Scissors</source>
        <translation>Tesoura</translation>
    </message>
    <message>
        <source>Click points along an object&apos;s edge; the path follows the edges; double-click closes and fills</source>
        <translation>Clique em pontos ao longo da borda de um objeto; o caminho segue os contornos; clique duplo fecha e preenche</translation>
    </message>
    <message>
        <source>Accept in Box</source>
        <translation>Aceitar na caixa</translation>
    </message>
    <message>
        <source>Live mode: drag a box; the live prediction fills the unlabelled pixels inside it</source>
        <translation>Modo em tempo real: arraste uma caixa; a predição em tempo real preenche os pixels não rotulados dentro dela</translation>
    </message>
    <message>
        <source> Size </source>
        <translation> Tamanho </translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Brush size: [ and ], or Ctrl+wheel</source>
        <translation>Tamanho do pincel: [ e ], ou Ctrl+roda do mouse</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Redondo</translation>
    </message>
    <message>
        <source>Square</source>
        <translation>Quadrado</translation>
    </message>
    <message>
        <source> Paint over </source>
        <translation> Pintar sobre </translation>
    </message>
    <message>
        <source>anything</source>
        <translation>qualquer pixel</translation>
    </message>
    <message>
        <source>unlabelled only</source>
        <translation>só não rotulados</translation>
    </message>
    <message>
        <source>the picked class only</source>
        <translation>só a classe capturada</translation>
    </message>
    <message>
        <source>Which pixels strokes and fills may change</source>
        <translation>Quais pixels os traços e preenchimentos podem alterar</translation>
    </message>
    <message>
        <source> Tolerance </source>
        <translation> Tolerância </translation>
    </message>
    <message>
        <source>Fill: how far a colour may be from the clicked pixel&apos;s</source>
        <translation>Preencher: quanto uma cor pode diferir da do pixel clicado</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Desfazer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Refazer</translation>
    </message>
    <message>
        <source>Fill Unlabelled with Current Class</source>
        <translation>Preencher não rotulados com a classe atual</translation>
    </message>
    <message>
        <source>Replace Class...</source>
        <translation>Substituir classe...</translation>
    </message>
    <message>
        <source>Turn every pixel of one class into another in this mask</source>
        <translation>Transforma todos os pixels de uma classe em outra nesta máscara</translation>
    </message>
    <message>
        <source>Replace Class</source>
        <translation>Substituir classe</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Substituir</translation>
    </message>
    <message>
        <source>with</source>
        <translation>por</translation>
    </message>
    <message>
        <source>Pre-label with Model</source>
        <translation>Pré-rotular com modelo</translation>
    </message>
    <message>
        <source>Run a trained model on this image; its prediction fills the unlabelled pixels</source>
        <translation>Executa um modelo treinado nesta imagem; a predição dele preenche os pixels não rotulados</translation>
    </message>
    <message>
        <source>Grow Labels to Edges</source>
        <translation>Expandir rótulos até os contornos</translation>
    </message>
    <message>
        <source>Watershed: every unlabelled pixel takes the class of the scribble that reaches it first along the image&apos;s edges</source>
        <translation>Divisor de águas: cada pixel não rotulado recebe a classe do rabisco que o alcança primeiro ao longo dos contornos da imagem</translation>
    </message>
    <message>
        <source>Replace class</source>
        <translation>Substituir classe</translation>
    </message>
    <message>
        <source>Predicting %1 with %2...</source>
        <translation>Prevendo %1 com %2...</translation>
    </message>
    <message>
        <source>Scribble a few strokes of each class first.</source>
        <translation>Primeiro rabisque alguns traços de cada classe.</translation>
    </message>
    <message>
        <source>Grow labels</source>
        <translation>Expandir rótulos</translation>
    </message>
    <message>
        <source>Growing the labels of %1</source>
        <translation>Expandindo os rótulos de %1</translation>
    </message>
    <message>
        <source>%1 stays open: its edits could not be saved.</source>
        <translation>A imagem %1 permanece aberta: suas edições não puderam ser salvas.</translation>
    </message>
    <message>
        <source>Opening %1</source>
        <translation>Abrindo %1</translation>
    </message>
    <message numerus="yes">
        <source>Recovered %n unsaved edit(s) of %1 from the autosave journal.</source>
        <translation>
            <numerusform>%n edição não salva de %1 recuperada do diário de salvamento automático.</numerusform>
            <numerusform>%n edições não salvas de %1 recuperadas do diário de salvamento automático.</numerusform>
        </translation>
    </message>
    <message>
        <source>The mask of %1 was not saved: %2
Its edits are kept in the autosave journal and come back when the image is opened again.</source>
        <translation>A máscara de %1 não foi salva: %2
As edições ficam no diário de salvamento automático e voltam quando a imagem for aberta novamente.</translation>
    </message>
    <message>
        <source>The mask of %1 was not saved: %2
The image stays open so that its edits are not lost; free the folder and save again.</source>
        <translation>A máscara de %1 não foi salva: %2
A imagem permanece aberta para que as edições não se percam; libere a pasta e salve novamente.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Salvo: %1</translation>
    </message>
    <message>
        <source>%1 has no labels left: it counts as unlabelled again.</source>
        <translation>%1 não tem mais rótulos: volta a contar como imagem não rotulada.</translation>
    </message>
    <message>
        <source>Fill unlabelled</source>
        <translation>Preencher não rotulados</translation>
    </message>
</context>
<context>
    <name>seg::ui::BatchPredictionDialog</name>
    <message>
        <source>Batch Prediction</source>
        <translation>Predição em lote</translation>
    </message>
    <message>
        <source> (mIoU %1)</source>
        <translation> (mIoU %1)</translation>
    </message>
    <message>
        <source>Other Model...</source>
        <translation>Outro modelo...</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Modelo:</translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation>Procurar...</translation>
    </message>
    <message>
        <source>Choose a Folder</source>
        <translation>Escolha uma pasta</translation>
    </message>
    <message>
        <source>Images (a folder, or one file):</source>
        <translation>Imagens (uma pasta ou um arquivo):</translation>
    </message>
    <message>
        <source>only for change detection models</source>
        <translation>só para modelos de detecção de mudanças</translation>
    </message>
    <message>
        <source>A change detection model compares two dates: the after image, or a folder of after images named as the images above</source>
        <translation>Um modelo de detecção de mudanças compara duas datas: a imagem posterior, ou uma pasta de imagens posteriores com os mesmos nomes das imagens acima</translation>
    </message>
    <message>
        <source>After images (change pairs):</source>
        <translation>Imagens posteriores (pares de mudança):</translation>
    </message>
    <message>
        <source>Masks to folder:</source>
        <translation>Pasta das máscaras:</translation>
    </message>
    <message>
        <source>Also write overlays (the image with its mask blended in)</source>
        <translation>Gravar também sobreposições (a imagem com a máscara mesclada)</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Larger images are predicted in overlapping tiles of this size</source>
        <translation>Imagens maiores são preditas em blocos sobrepostos deste tamanho</translation>
    </message>
    <message>
        <source>Tile size:</source>
        <translation>Tamanho do bloco:</translation>
    </message>
    <message>
        <source>Post-processing:</source>
        <translation>Pós-processamento:</translation>
    </message>
    <message>
        <source>Predict</source>
        <translation>Prever</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Parar</translation>
    </message>
    <message>
        <source>Choose a Model</source>
        <translation>Escolha um modelo</translation>
    </message>
    <message>
        <source>Models (*.pt *.pth *.torchscript);;All files (*)</source>
        <translation>Modelos (*.pt *.pth *.torchscript);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Stopped: wrote %1 of %2 masks to %3</source>
        <translation>Interrompido: %1 de %2 máscaras gravadas em %3</translation>
    </message>
    <message>
        <source>Wrote %1 masks to %2</source>
        <translation>%1 máscaras gravadas em %2</translation>
    </message>
    <message>
        <source>Predicting %1</source>
        <translation>Prevendo %1</translation>
    </message>
</context>
<context>
    <name>seg::ui::ChangeFoldersDialog</name>
    <message>
        <source>Folders of the Change Pairs</source>
        <translation>Pastas dos pares de mudança</translation>
    </message>
    <message>
        <source>SegStudio does not recognise the layout of %1. If it holds change pairs (two images of the same place at two dates, matched by file name, and masks of what changed), choose its folders.</source>
        <translation>O SegStudio não reconhece a estrutura de %1. Se ela contém pares de mudança (duas imagens do mesmo lugar em duas datas, pareadas pelo nome do arquivo, e máscaras do que mudou), escolha as pastas.</translation>
    </message>
    <message>
        <source>(none: no labels yet)</source>
        <translation>(nenhuma: ainda sem rótulos)</translation>
    </message>
    <message>
        <source>Before images:</source>
        <translation>Imagens anteriores:</translation>
    </message>
    <message>
        <source>After images:</source>
        <translation>Imagens posteriores:</translation>
    </message>
    <message>
        <source>Change masks (0 unchanged, 255 change):</source>
        <translation>Máscaras de mudança (0 sem mudança, 255 mudança):</translation>
    </message>
    <message>
        <source>The folder needs at least two subfolders: the before and after images.</source>
        <translation>A pasta precisa de pelo menos duas subpastas: as imagens anteriores e as posteriores.</translation>
    </message>
    <message>
        <source>The before and after images must be in different folders.</source>
        <translation>As imagens anteriores e posteriores devem estar em pastas diferentes.</translation>
    </message>
    <message>
        <source>The change masks must be in a folder of their own.</source>
        <translation>As máscaras de mudança devem estar em uma pasta própria.</translation>
    </message>
</context>
<context>
    <name>seg::ui::ClassEditorDialog</name>
    <message>
        <source>Edit Classes</source>
        <translation>Editar classes</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Cor</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Adicionar</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remover</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Mover para &amp;cima</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>Mover para &amp;baixo</translation>
    </message>
    <message>
        <source>Double-click to change the colour</source>
        <translation>Clique duas vezes para mudar a cor</translation>
    </message>
    <message>
        <source>class %1</source>
        <translation>classe %1</translation>
    </message>
    <message>
        <source>Colour of %1</source>
        <translation>Cor de %1</translation>
    </message>
    <message>
        <source>Every mask keeps its meaning: masks are rewritten only if classes move.</source>
        <translation>Cada máscara mantém seu significado: as máscaras só são regravadas se as classes mudarem de posição.</translation>
    </message>
    <message numerus="yes">
        <source>%n removed class(es): their pixels become unlabelled in every mask.</source>
        <translation>
            <numerusform>%n classe removida: seus pixels ficam não rotulados em todas as máscaras.</numerusform>
            <numerusform>%n classes removidas: seus pixels ficam não rotulados em todas as máscaras.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>seg::ui::ClassFrequencyChart</name>
    <message>
        <source>Share, %</source>
        <translation>Fração, %</translation>
    </message>
    <message>
        <source>Open a project to see how often each class occurs.</source>
        <translation>Abra um projeto para ver com que frequência cada classe ocorre.</translation>
    </message>
    <message>
        <source>Counting class pixels...</source>
        <translation>Contando os pixels das classes...</translation>
    </message>
    <message>
        <source>Counting class pixels</source>
        <translation>Contando os pixels das classes</translation>
    </message>
    <message>
        <source>No labelled pixels yet.</source>
        <translation>Ainda não há pixels rotulados.</translation>
    </message>
    <message>
        <source>%1 labelled pixels; %2 unlabelled (ignored).</source>
        <translation>%1 pixels rotulados; %2 não rotulados (ignorados).</translation>
    </message>
</context>
<context>
    <name>seg::ui::ClassNamesDialog</name>
    <message>
        <source>Classes of the New Project</source>
        <translation>Classes do novo projeto</translation>
    </message>
    <message>
        <source>One class per line, background first. Pixels you do not paint stay unlabelled, so no class is needed for them. Project &gt; Edit Classes changes them later.</source>
        <translation>Uma classe por linha, o fundo primeiro. Os pixels que você não pintar ficam não rotulados, então não precisam de classe. Projeto &gt; Editar classes as altera depois.</translation>
    </message>
    <message>
        <source>background</source>
        <translation>fundo</translation>
    </message>
    <message>
        <source>object</source>
        <translation>objeto</translation>
    </message>
    <message>
        <source>Load labels.txt...</source>
        <translation>Carregar labels.txt...</translation>
    </message>
    <message>
        <source>Load Class Names</source>
        <translation>Carregar nomes das classes</translation>
    </message>
    <message>
        <source>Label lists (*.txt)</source>
        <translation>Listas de rótulos (*.txt)</translation>
    </message>
    <message>
        <source>Name at least one class.</source>
        <translation>Nomeie pelo menos uma classe.</translation>
    </message>
    <message>
        <source>At most %1 classes.</source>
        <translation>No máximo %1 classes.</translation>
    </message>
    <message>
        <source>Each class needs its own name.</source>
        <translation>Cada classe precisa de um nome próprio.</translation>
    </message>
</context>
<context>
    <name>seg::ui::ClassPalette</name>
    <message>
        <source>Unlabelled: %1 px</source>
        <translation>Não rotulados: %1 px</translation>
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
        <translation>Modelos (marque até %1)</translation>
    </message>
    <message>
        <source>Add Model File...</source>
        <translation>Adicionar arquivo de modelo...</translation>
    </message>
    <message>
        <source>A SegStudio checkpoint or a TorchScript model saved from PyTorch</source>
        <translation>Um ponto de controle do SegStudio ou um modelo TorchScript salvo pelo PyTorch</translation>
    </message>
    <message>
        <source>Add a Model</source>
        <translation>Adicionar um modelo</translation>
    </message>
    <message>
        <source>Models (*.pt *.pth *.torchscript);;All files (*)</source>
        <translation>Modelos (*.pt *.pth *.torchscript);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>At most %1 models are compared at once</source>
        <translation>No máximo %1 modelos são comparados de uma vez</translation>
    </message>
    <message>
        <source>This Image</source>
        <translation>Esta imagem</translation>
    </message>
    <message>
        <source>Validation Images</source>
        <translation>Imagens de validação</translation>
    </message>
    <message>
        <source>Validation Metrics</source>
        <translation>Métricas de validação</translation>
    </message>
    <message>
        <source>%1 knows other classes than this project: its metrics are not shown</source>
        <translation>%1 tem classes diferentes das deste projeto: suas métricas não são exibidas</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Mostrar:</translation>
    </message>
    <message>
        <source>Prediction</source>
        <translation>Predição</translation>
    </message>
    <message>
        <source>Errors against ground truth</source>
        <translation>Erros em relação ao gabarito</translation>
    </message>
    <message>
        <source>Confidence (top probability)</source>
        <translation>Confiança (maior probabilidade)</translation>
    </message>
    <message>
        <source>Uncertainty (entropy)</source>
        <translation>Incerteza (entropia)</translation>
    </message>
    <message>
        <source>Probability of a class</source>
        <translation>Probabilidade de uma classe</translation>
    </message>
    <message>
        <source>Disagreement of two models</source>
        <translation>Divergência entre dois modelos</translation>
    </message>
    <message>
        <source>The class whose probability is shown</source>
        <translation>A classe cuja probabilidade é exibida</translation>
    </message>
    <message>
        <source>First model of the disagreement map</source>
        <translation>Primeiro modelo do mapa de divergência</translation>
    </message>
    <message>
        <source>Second model of the disagreement map</source>
        <translation>Segundo modelo do mapa de divergência</translation>
    </message>
    <message>
        <source>Opacity:</source>
        <translation>Opacidade:</translation>
    </message>
    <message>
        <source>Ground truth outlines</source>
        <translation>Contornos do gabarito</translation>
    </message>
    <message>
        <source>Draw the ground truth&apos;s outlines over every model&apos;s pane</source>
        <translation>Desenha os contornos do gabarito sobre o painel de cada modelo</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>Classes</translation>
    </message>
    <message>
        <source>Classes shown in the ground truth and the predictions</source>
        <translation>Classes exibidas no gabarito e nas predições</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajustar</translation>
    </message>
    <message>
        <source>Show the whole image in every pane</source>
        <translation>Mostra a imagem inteira em todos os painéis</translation>
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
        <translation>Imagem</translation>
    </message>
    <message>
        <source>Ground truth</source>
        <translation>Gabarito</translation>
    </message>
    <message>
        <source>Disagreement</source>
        <translation>Divergência</translation>
    </message>
    <message>
        <source>Choose an image in the Images list</source>
        <translation>Escolha uma imagem na lista Imagens</translation>
    </message>
    <message>
        <source>Ground truth (none: the image is unlabelled)</source>
        <translation>Gabarito (nenhum: a imagem não está rotulada)</translation>
    </message>
    <message>
        <source>%1 (predicting...)</source>
        <translation>%1 (prevendo...)</translation>
    </message>
    <message>
        <source>%1 (loading...)</source>
        <translation>%1 (carregando...)</translation>
    </message>
    <message>
        <source>%1 (no ground truth to compare with)</source>
        <translation>%1 (sem gabarito para comparar)</translation>
    </message>
    <message>
        <source>Tick two models and choose two different ones above</source>
        <translation>Marque dois modelos e escolha dois diferentes acima</translation>
    </message>
    <message>
        <source>Disagreement: %1 vs %2</source>
        <translation>Divergência: %1 vs. %2</translation>
    </message>
    <message>
        <source>Waiting for both predictions...</source>
        <translation>Aguardando as duas predições...</translation>
    </message>
    <message>
        <source>Disagreement: %1 vs %2 (%3% of pixels differ)</source>
        <translation>Divergência: %1 vs. %2 (%3% dos pixels diferem)</translation>
    </message>
    <message>
        <source>Pixel accuracy %</source>
        <translation>Acurácia de pixel %</translation>
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
        <translation>Melhor dos modelos nesta imagem</translation>
    </message>
    <message>
        <source>(0 sure, 1 a uniform guess)</source>
        <translation>(0 certeza, 1 palpite uniforme)</translation>
    </message>
    <message>
        <source>(probability)</source>
        <translation>(probabilidade)</translation>
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
        <translation>gabarito: %1</translation>
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
        <translation>No máximo %1 modelos são comparados de uma vez: desmarque um primeiro</translation>
    </message>
</context>
<context>
    <name>seg::ui::DatasetListModel</name>
    <message>
        <source>%1
%2% unsure</source>
        <extracomment>Under an image&apos;s name in the images list: how unsure the model is about it.</extracomment>
        <translation>%1
%2% de incerteza</translation>
    </message>
    <message>
        <source>%1
Mean uncertainty of the model&apos;s prediction: %2 (0 sure, 1 a guess)</source>
        <translation>%1
Incerteza média da predição do modelo: %2 (0 certeza, 1 palpite)</translation>
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
        <translation>Criando o projeto de demonstração (formas sintéticas)...</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Demo project</source>
        <translation>Projeto de demonstração</translation>
    </message>
    <message>
        <source>Creating the demo project was cancelled.</source>
        <translation>A criação do projeto de demonstração foi cancelada.</translation>
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
        <translation>Configurações do CRF…</translation>
    </message>
    <message>
        <source>Refine every model&apos;s prediction with a fully connected CRF (%1 iterations; appearance %2, %3 px, %4; smoothness %5, %6 px). Slower: each image takes longer to predict and score.</source>
        <translation>Refina a predição de cada modelo com um CRF totalmente conectado (%1 iterações; aparência %2, %3 px, %4; suavidade %5, %6 px). Mais lento: cada imagem demora mais para ser predita e avaliada.</translation>
    </message>
</context>
<context>
    <name>seg::ui::DenseCrfDialog</name>
    <message>
        <source>Dense CRF Settings</source>
        <translation>Configurações do CRF denso</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>In 8-bit intensity levels</source>
        <translation>Em níveis de intensidade de 8 bits</translation>
    </message>
    <message>
        <source>A fully connected CRF refines every model&apos;s probabilities: pixels close in position and colour lean to the same class (appearance), and so do neighbours (smoothness).</source>
        <translation>Um CRF totalmente conectado refina as probabilidades de cada modelo: pixels próximos em posição e cor tendem à mesma classe (aparência), assim como pixels vizinhos (suavidade).</translation>
    </message>
    <message>
        <source>Mean-field iterations</source>
        <translation>Iterações de campo médio</translation>
    </message>
    <message>
        <source>Appearance weight</source>
        <translation>Peso da aparência</translation>
    </message>
    <message>
        <source>Appearance spatial width</source>
        <translation>Largura espacial da aparência</translation>
    </message>
    <message>
        <source>Appearance colour width</source>
        <translation>Largura de cor da aparência</translation>
    </message>
    <message>
        <source>Smoothness weight</source>
        <translation>Peso da suavidade</translation>
    </message>
    <message>
        <source>Smoothness spatial width</source>
        <translation>Largura espacial da suavidade</translation>
    </message>
</context>
<context>
    <name>seg::ui::EpochDetails</name>
    <message>
        <source>No epoch evaluated yet.</source>
        <translation>Nenhuma época avaliada ainda.</translation>
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
        <translation>Acurácia</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Precisão</translation>
    </message>
    <message>
        <source>Predicted</source>
        <translation>Predito</translation>
    </message>
    <message>
        <source>Ground truth</source>
        <translation>Gabarito</translation>
    </message>
    <message>
        <source>Epoch %1: mIoU %2, pixel accuracy %3</source>
        <translation>Época %1: mIoU %2, acurácia de pixel %3</translation>
    </message>
</context>
<context>
    <name>seg::ui::ImageScoresModel</name>
    <message>
        <source>Image</source>
        <translation>Imagem</translation>
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
        <translation>Acur. pixel %
%1</translation>
    </message>
    <message>
        <source>Worst class</source>
        <translation>Pior classe</translation>
    </message>
    <message>
        <source>Its IoU %</source>
        <translation>Seu IoU %</translation>
    </message>
    <message>
        <source>mIoU difference
%1 - %2</source>
        <translation>Diferença de mIoU
%1 - %2</translation>
    </message>
</context>
<context>
    <name>seg::ui::LiveLearning</name>
    <message>
        <source>Live learning stopped before the model was saved as a run</source>
        <translation>O aprendizado em tempo real parou antes de o modelo ser salvo como execução</translation>
    </message>
    <message>
        <source>The live model was not saved as a run: %1</source>
        <translation>O modelo em tempo real não foi salvo como execução: %1</translation>
    </message>
    <message>
        <source>Live learning paused: %1</source>
        <translation>Aprendizado em tempo real pausado: %1</translation>
    </message>
</context>
<context>
    <name>seg::ui::LiveMode</name>
    <message>
        <source>Kept the live model as run %1 (no validation images to score it on)</source>
        <translation>Modelo em tempo real mantido como execução %1 (sem imagens de validação para avaliá-lo)</translation>
    </message>
    <message>
        <source>Kept the live model as run %1: validation mIoU %2</source>
        <translation>Modelo em tempo real mantido como execução %1: mIoU de validação %2</translation>
    </message>
    <message>
        <source>Live Learning</source>
        <translation>Aprendizado em tempo real</translation>
    </message>
    <message>
        <source>Live learning (Ctrl+L): a network learns from what you paint, as you paint, and its prediction of this image shows under your strokes</source>
        <translation>Aprendizado em tempo real (Ctrl+L): uma rede aprende com o que você pinta, enquanto você pinta, e a predição dela para esta imagem aparece sob os seus traços</translation>
    </message>
    <message>
        <source>Pause Live Learning</source>
        <translation>Pausar aprendizado em tempo real</translation>
    </message>
    <message>
        <source>Reset Live Model</source>
        <translation>Reiniciar modelo em tempo real</translation>
    </message>
    <message>
        <source>Start the live model afresh (your labels stay)</source>
        <translation>Recomeça o modelo em tempo real do zero (seus rótulos permanecem)</translation>
    </message>
    <message>
        <source>Show Uncertainty</source>
        <translation>Mostrar incerteza</translation>
    </message>
    <message>
        <source>Show where the live model is least sure (the brighter, the less sure): paint there next</source>
        <translation>Mostra onde o modelo em tempo real tem menos certeza (quanto mais claro, menos certeza): pinte ali em seguida</translation>
    </message>
    <message>
        <source>Accept Prediction</source>
        <translation>Aceitar predição</translation>
    </message>
    <message>
        <source>Every unlabelled pixel of this image takes the live prediction (one undo step)</source>
        <translation>Cada pixel não rotulado desta imagem recebe a predição em tempo real (um passo de desfazer)</translation>
    </message>
    <message>
        <source>Accept Prediction for Current Class</source>
        <translation>Aceitar predição da classe atual</translation>
    </message>
    <message>
        <source>Unlabelled pixels predicted as the current class take it (one undo step)</source>
        <translation>Os pixels não rotulados preditos como a classe atual passam a ter essa classe (um passo de desfazer)</translation>
    </message>
    <message>
        <source>Keep Live Model as Run</source>
        <translation>Manter modelo em tempo real como execução</translation>
    </message>
    <message>
        <source>Save the live model as an ordinary run, scored on the validation images</source>
        <translation>Salva o modelo em tempo real como uma execução comum, avaliada nas imagens de validação</translation>
    </message>
    <message>
        <source>Live: paint a few strokes of each class</source>
        <translation>Tempo real: pinte alguns traços de cada classe</translation>
    </message>
    <message>
        <source>%1 is a validation image: live learning predicts it but does not learn from it, so that runs are scored honestly</source>
        <translation>%1 é uma imagem de validação: o aprendizado em tempo real faz a predição dela, mas não aprende com ela, para que as execuções sejam avaliadas honestamente</translation>
    </message>
    <message numerus="yes">
        <source>Live learning skips %n unreadable training image(s)</source>
        <translation>
            <numerusform>O aprendizado em tempo real ignora %n imagem de treino ilegível</numerusform>
            <numerusform>O aprendizado em tempo real ignora %n imagens de treino ilegíveis</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the training labels</source>
        <translation>Lendo os rótulos de treino</translation>
    </message>
    <message numerus="yes">
        <source>Live: %1 iterations, loss %2, %n labelled training image(s)</source>
        <translation>
            <numerusform>Tempo real: %1 iterações, perda %2, %n imagem de treino rotulada</numerusform>
            <numerusform>Tempo real: %1 iterações, perda %2, %n imagens de treino rotuladas</numerusform>
        </translation>
    </message>
    <message>
        <source>Accept live prediction</source>
        <translation>Aceitar predição em tempo real</translation>
    </message>
    <message>
        <source>Accept live prediction of %1</source>
        <translation>Aceitar predição em tempo real de %1</translation>
    </message>
    <message>
        <source>Saving the live model as a run...</source>
        <translation>Salvando o modelo em tempo real como execução...</translation>
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
        <translation>Abra um projeto (Arquivo &gt; Abrir projeto) ou a demonstração (Arquivo &gt; Abrir projeto de demonstração).</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Imagens</translation>
    </message>
    <message>
        <source>Training</source>
        <comment>the tab with the training charts</comment>
        <translation>Treinamento</translation>
    </message>
    <message>
        <source>Compare</source>
        <comment>the tab comparing models&apos; predictions</comment>
        <translation>Comparar</translation>
    </message>
    <message>
        <source>%1 is hidden by the Images list&apos;s filter</source>
        <translation>%1 está oculta pelo filtro da lista Imagens</translation>
    </message>
    <message>
        <source>Cannot export the model</source>
        <translation>Não foi possível exportar o modelo</translation>
    </message>
    <message>
        <source>All images</source>
        <translation>Todas as imagens</translation>
    </message>
    <message>
        <source>Training</source>
        <comment>the training split</comment>
        <translation>Treino</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>Validação</translation>
    </message>
    <message>
        <source>Unlabelled</source>
        <translation>Não rotuladas</translation>
    </message>
    <message>
        <source>Labelled</source>
        <translation>Rotuladas</translation>
    </message>
    <message>
        <source>Project order</source>
        <translation>Ordem do projeto</translation>
    </message>
    <message>
        <source>Most uncertain first</source>
        <translation>Mais incertas primeiro</translation>
    </message>
    <message>
        <source>Most uncertain first: the images a model is least sure about, to label next. Scores come from Project &gt; Rank Unlabelled Images by Uncertainty, and from live mode as it learns.</source>
        <translation>Mais incertas primeiro: as imagens sobre as quais um modelo tem menos certeza, para rotular em seguida. As pontuações vêm de Projeto &gt; Ordenar imagens não rotuladas por incerteza e do modo em tempo real enquanto ele aprende.</translation>
    </message>
    <message>
        <source>Class Frequencies</source>
        <translation>Frequência das classes</translation>
    </message>
    <message>
        <source>Training Settings</source>
        <translation>Configurações de treinamento</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Execuções</translation>
    </message>
    <message>
        <source>Per-Class Results</source>
        <translation>Resultados por classe</translation>
    </message>
    <message>
        <source>Training</source>
        <comment>title of a message about a training run</comment>
        <translation>Treinamento</translation>
    </message>
    <message>
        <source>Cannot open project</source>
        <translation>Não foi possível abrir o projeto</translation>
    </message>
    <message>
        <source>A model is training on the open project. Stop it first.</source>
        <translation>Um modelo está sendo treinado no projeto aberto. Pare-o primeiro.</translation>
    </message>
    <message>
        <source>%1 - SegStudio</source>
        <translation>%1 - SegStudio</translation>
    </message>
    <message numerus="yes">
        <source>Opened %1: %n images</source>
        <translation>
            <numerusform>%1 aberto: %n imagem</numerusform>
            <numerusform>%1 aberto: %n imagens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Opened %1: %n images, %2 problems found</source>
        <translation>
            <numerusform>%1 aberto: %n imagem, %2 problemas encontrados</numerusform>
            <numerusform>%1 aberto: %n imagens, %2 problemas encontrados</numerusform>
        </translation>
    </message>
    <message>
        <source>Recovered unsaved edits</source>
        <translation>Edições não salvas recuperadas</translation>
    </message>
    <message>
        <source>This project has no images in the chosen filter.</source>
        <translation>Este projeto não tem imagens no filtro escolhido.</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>Classes</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Histórico</translation>
    </message>
    <message>
        <source>Live Learning</source>
        <translation>Aprendizado em tempo real</translation>
    </message>
    <message>
        <source>Mask</source>
        <translation>Máscara</translation>
    </message>
    <message>
        <source>Opening %1...</source>
        <translation>Abrindo %1...</translation>
    </message>
    <message>
        <source>%1 found no unlabelled image it could score.</source>
        <translation>%1 não encontrou nenhuma imagem não rotulada que pudesse pontuar.</translation>
    </message>
    <message numerus="yes">
        <source>%1 ranked %n unlabelled images; the most uncertain (mean entropy %2) opens now, Ctrl+U for the next.</source>
        <translation>
            <numerusform>%1 ordenou %n imagem não rotulada; a mais incerta (entropia média %2) abre agora, Ctrl+U abre a próxima.</numerusform>
            <numerusform>%1 ordenou %n imagens não rotuladas; a mais incerta (entropia média %2) abre agora, Ctrl+U abre a próxima.</numerusform>
        </translation>
    </message>
    <message>
        <source>unlabelled</source>
        <translation>não rotulada</translation>
    </message>
    <message>
        <source>x %1  y %2  %3</source>
        <translation>x %1  y %2  %3</translation>
    </message>
    <message>
        <source>About SegStudio</source>
        <translation>Sobre o SegStudio</translation>
    </message>
    <message>
        <source>&lt;h3&gt;SegStudio %1&lt;/h3&gt;&lt;p&gt;A workbench for semantic segmentation: paint masks, train models, compare them.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;SegStudio %1&lt;/h3&gt;&lt;p&gt;Uma bancada de trabalho para segmentação semântica: pinte máscaras, treine modelos, compare-os.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Export Chart Data</source>
        <translation>Exportar dados dos gráficos</translation>
    </message>
    <message>
        <source>Export Charts</source>
        <translation>Exportar gráficos</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Arquivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>Imagem PNG (*.png);;Desenho SVG (*.svg);;Documento PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Salvo: %1</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Falha na exportação</translation>
    </message>
    <message>
        <source>%1 could not be written.</source>
        <translation>Não foi possível gravar %1.</translation>
    </message>
    <message>
        <source>Training is running</source>
        <translation>Treinamento em andamento</translation>
    </message>
    <message>
        <source>Stop training and quit? The run keeps its last checkpoint and can be resumed.</source>
        <translation>Parar o treinamento e sair? A execução mantém seu último ponto de controle e pode ser retomada.</translation>
    </message>
    <message>
        <source>Unsaved edits</source>
        <translation>Edições não salvas</translation>
    </message>
    <message>
        <source>The edits of %1 cannot be saved (see the message before). Quit and lose them?</source>
        <translation>As edições de %1 não podem ser salvas (veja a mensagem anterior). Sair e perdê-las?</translation>
    </message>
    <message>
        <source>System Default</source>
        <translation>Padrão do sistema</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>SegStudio speaks the language you chose from its next start. Restart now?</source>
        <translation>O SegStudio usará o idioma escolhido a partir da próxima inicialização. Reiniciar agora?</translation>
    </message>
    <message>
        <source>Restart Now</source>
        <translation>Reiniciar agora</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Mais tarde</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>&amp;New Project from Dataset...</source>
        <translation>&amp;Novo projeto a partir de conjunto de dados...</translation>
    </message>
    <message>
        <source>New Project from &amp;Image Folder...</source>
        <translation>Novo projeto a partir de &amp;pasta de imagens...</translation>
    </message>
    <message>
        <source>&amp;Open Project...</source>
        <translation>&amp;Abrir projeto...</translation>
    </message>
    <message>
        <source>&amp;Save Project</source>
        <translation>&amp;Salvar projeto</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;recente</translation>
    </message>
    <message>
        <source>Open &amp;Demo Project</source>
        <translation>Abrir projeto de &amp;demonstração</translation>
    </message>
    <message>
        <source>&amp;Follow a Run Folder...</source>
        <translation>Acompan&amp;har pasta de execução...</translation>
    </message>
    <message>
        <source>Choose a Run Folder to Follow (one with metrics.csv)</source>
        <translation>Escolha uma pasta de execução para acompanhar (uma com metrics.csv)</translation>
    </message>
    <message>
        <source>Show the curves of a run that another process or machine is training, and follow them as it writes: a run folder on a shared or synced disk. Read-only.</source>
        <translation>Mostra as curvas de uma execução que outro processo ou máquina está treinando e as acompanha conforme são gravadas: uma pasta de execução em um disco compartilhado ou sincronizado. Somente leitura.</translation>
    </message>
    <message>
        <source>Export Charts as &amp;Image...</source>
        <translation>Exportar gráficos como ima&amp;gem...</translation>
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
        <translation>Grava um modelo treinado como arquivo TorchScript, que o PyTorch carrega com torch.jit.load</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Sa&amp;ir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Live</source>
        <translation>Tempo &amp;real</translation>
    </message>
    <message>
        <source>&amp;Project</source>
        <translation>&amp;Projeto</translation>
    </message>
    <message>
        <source>Edit &amp;Classes...</source>
        <translation>Editar &amp;classes...</translation>
    </message>
    <message>
        <source>Choose &amp;Model for Assistance...</source>
        <translation>Escolher &amp;modelo para assistência...</translation>
    </message>
    <message>
        <source>&amp;Rank Unlabelled Images by Uncertainty</source>
        <translation>&amp;Ordenar imagens não rotuladas por incerteza</translation>
    </message>
    <message>
        <source>The trained model scores each unlabelled image; label the most uncertain first</source>
        <translation>O modelo treinado pontua cada imagem não rotulada; rotule primeiro as mais incertas</translation>
    </message>
    <message>
        <source>Next Most &amp;Uncertain Image</source>
        <translation>Próxima imagem mais &amp;incerta</translation>
    </message>
    <message>
        <source>&amp;Batch Prediction...</source>
        <translation>Predição em &amp;lote...</translation>
    </message>
    <message>
        <source>Predict a folder of images into masks with a trained model</source>
        <translation>Prevê máscaras para uma pasta de imagens com um modelo treinado</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>E&amp;xibir</translation>
    </message>
    <message>
        <source>Show &amp;Mask</source>
        <translation>Mostrar &amp;máscara</translation>
    </message>
    <message>
        <source>Mask &amp;Outlines Only</source>
        <translation>Somente c&amp;ontornos da máscara</translation>
    </message>
    <message>
        <source>Show &amp;After Image</source>
        <translation>Mostrar imagem po&amp;sterior</translation>
    </message>
    <message>
        <source>Change pairs: show the after image instead of the before image (A flips between them); the mask stays the same</source>
        <translation>Pares de mudança: mostra a imagem posterior em vez da anterior (A alterna entre elas); a máscara permanece a mesma</translation>
    </message>
    <message>
        <source>Zoom to &amp;Fit</source>
        <translation>&amp;Ajustar à janela</translation>
    </message>
    <message>
        <source>&amp;Actual Pixels</source>
        <translation>Tamanho r&amp;eal</translation>
    </message>
    <message>
        <source>&amp;Next Image</source>
        <translation>Pró&amp;xima imagem</translation>
    </message>
    <message>
        <source>&amp;Previous Image</source>
        <translation>Imagem a&amp;nterior</translation>
    </message>
    <message>
        <source>Next &amp;Unlabelled Image</source>
        <translation>Próxima imagem não &amp;rotulada</translation>
    </message>
    <message>
        <source>&amp;Images</source>
        <translation>&amp;Imagens</translation>
    </message>
    <message>
        <source>&amp;Training Charts</source>
        <translation>&amp;Gráficos de treinamento</translation>
    </message>
    <message>
        <source>&amp;Compare Models</source>
        <translation>&amp;Comparar modelos</translation>
    </message>
    <message>
        <source>Show Model &amp;Prediction</source>
        <translation>Mostrar &amp;predição do modelo</translation>
    </message>
    <message>
        <source>The model&apos;s prediction of this image as outlines over the painting (Fix Label in the Compare tab)</source>
        <translation>A predição do modelo para esta imagem, como contornos sobre a pintura (Corrigir rótulo na aba Comparar)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>I&amp;dioma</translation>
    </message>
    <message>
        <source>&amp;Training</source>
        <translation>&amp;Treinamento</translation>
    </message>
    <message>
        <source>&amp;Start Training</source>
        <translation>&amp;Iniciar treinamento</translation>
    </message>
    <message>
        <source>&amp;Pause Training</source>
        <translation>&amp;Pausar treinamento</translation>
    </message>
    <message>
        <source>S&amp;top Training</source>
        <translation>P&amp;arar treinamento</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aj&amp;uda</translation>
    </message>
    <message>
        <source>&amp;About SegStudio</source>
        <translation>&amp;Sobre o SegStudio</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Mask opacity </source>
        <translation>Opacidade da máscara </translation>
    </message>
    <message>
        <source>Opacity of the mask over the image</source>
        <translation>Opacidade da máscara sobre a imagem</translation>
    </message>
    <message>
        <source>&amp;Resume Training</source>
        <translation>&amp;Retomar treinamento</translation>
    </message>
    <message>
        <source>A model is being exported already</source>
        <translation>Um modelo já está sendo exportado</translation>
    </message>
    <message>
        <source>Export Model: Choose a Checkpoint</source>
        <translation>Exportar modelo: escolha um ponto de controle</translation>
    </message>
    <message>
        <source>SegStudio checkpoints (*.pt)</source>
        <translation>Pontos de controle do SegStudio (*.pt)</translation>
    </message>
    <message>
        <source>Export Model: TorchScript File</source>
        <translation>Exportar modelo: arquivo TorchScript</translation>
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
        <translation>A predição do modelo é desenhada como contornos (Exibir &gt; Mostrar predição do modelo)</translation>
    </message>
    <message>
        <source>Cannot create the demo project</source>
        <translation>Não foi possível criar o projeto de demonstração</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>Abrir projeto</translation>
    </message>
    <message>
        <source>SegStudio projects (project.json)</source>
        <translation>Projetos do SegStudio (project.json)</translation>
    </message>
    <message>
        <source>Choose a Dataset Folder (VOC, PennFudan, images/ and masks/, or change pairs)</source>
        <translation>Escolha uma pasta de conjunto de dados (VOC, PennFudan, images/ e masks/, ou pares de mudança)</translation>
    </message>
    <message>
        <source>Choose a Folder of Images to Annotate</source>
        <translation>Escolha uma pasta de imagens para anotar</translation>
    </message>
    <message>
        <source>Cannot create a project here</source>
        <translation>Não é possível criar um projeto aqui</translation>
    </message>
    <message numerus="yes">
        <source>SegStudio did not close properly last time. The unsaved edits of %n image(s) were recovered from the autosave journal and saved:</source>
        <translation>
            <numerusform>O SegStudio não foi fechado corretamente da última vez. As edições não salvas de %n imagem foram recuperadas do diário de salvamento automático e salvas:</numerusform>
            <numerusform>O SegStudio não foi fechado corretamente da última vez. As edições não salvas de %n imagens foram recuperadas do diário de salvamento automático e salvas:</numerusform>
        </translation>
    </message>
    <message>
        <source>Opening such an image shows the recovery in History, where Undo takes it back.</source>
        <translation>Ao abrir uma dessas imagens, a recuperação aparece no Histórico, onde Desfazer a reverte.</translation>
    </message>
    <message>
        <source>Not recovered: %1</source>
        <translation>Não recuperado: %1</translation>
    </message>
    <message>
        <source>Cannot save the project</source>
        <translation>Não foi possível salvar o projeto</translation>
    </message>
    <message>
        <source>No recent projects</source>
        <translation>Nenhum projeto recente</translation>
    </message>
    <message>
        <source>Edit Classes</source>
        <translation>Editar classes</translation>
    </message>
    <message>
        <source>A model is training on these classes. Stop it first.</source>
        <translation>Um modelo está sendo treinado com estas classes. Pare-o primeiro.</translation>
    </message>
    <message>
        <source>The open image&apos;s edits cannot be saved, so the classes stay as they are.</source>
        <translation>As edições da imagem aberta não podem ser salvas, então as classes permanecem como estão.</translation>
    </message>
    <message>
        <source>Remapping masks...</source>
        <translation>Remapeando máscaras...</translation>
    </message>
    <message>
        <source>Cannot change the classes</source>
        <translation>Não foi possível alterar as classes</translation>
    </message>
    <message>
        <source>Remapping masks</source>
        <translation>Remapeando máscaras</translation>
    </message>
    <message>
        <source>No images match this filter.</source>
        <translation>Nenhuma imagem corresponde a este filtro.</translation>
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
        <translation>máscara ilegível</translation>
    </message>
    <message>
        <source>labelled</source>
        <translation>rotulada</translation>
    </message>
    <message>
        <source>No unlabelled image after this one.</source>
        <translation>Não há imagem não rotulada depois desta.</translation>
    </message>
    <message>
        <source>No more images in this direction.</source>
        <translation>Não há mais imagens nesta direção.</translation>
    </message>
    <message>
        <source>Every image is labelled: there is nothing to rank.</source>
        <translation>Todas as imagens estão rotuladas: não há nada a ordenar.</translation>
    </message>
    <message>
        <source>No ranked unlabelled image left: Project &gt; Rank Unlabelled Images by Uncertainty, or live mode, scores them.</source>
        <translation>Não resta nenhuma imagem não rotulada pontuada: Projeto &gt; Ordenar imagens não rotuladas por incerteza, ou o modo em tempo real, as pontua.</translation>
    </message>
    <message>
        <source>training</source>
        <translation>treino</translation>
    </message>
    <message>
        <source>validation</source>
        <translation>validação</translation>
    </message>
    <message>
        <source>test</source>
        <translation>teste</translation>
    </message>
    <message>
        <source>no split</source>
        <translation>sem divisão</translation>
    </message>
    <message>
        <source>User Guide</source>
        <translation>Guia do usuário</translation>
    </message>
    <message>
        <source>The user guide is not installed. It was looked for in:
%1</source>
        <translation>O guia do usuário não está instalado. Ele foi procurado em:
%1</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Guia do usuário</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Class edit cancelled: the classes and masks are as they were.</source>
        <translation>Edição de classes cancelada: as classes e as máscaras continuam como estavam.</translation>
    </message>
</context>
<context>
    <name>seg::ui::MaskDocument</name>
    <message>
        <source>%1 The mask is shown as unlabelled and will not be overwritten; fix or remove the file to edit it.</source>
        <translation>%1 A máscara é exibida como não rotulada e não será sobrescrita; corrija ou remova o arquivo para editá-la.</translation>
    </message>
    <message>
        <source>The autosave journal cannot be used: %1</source>
        <translation>O diário de salvamento automático não pode ser usado: %1</translation>
    </message>
    <message>
        <source>Recovered unsaved edits</source>
        <translation>Edições não salvas recuperadas</translation>
    </message>
</context>
<context>
    <name>seg::ui::MaskSaver</name>
    <message>
        <source>Saving %1</source>
        <translation>Salvando %1</translation>
    </message>
</context>
<context>
    <name>seg::ui::ModelAssist</name>
    <message>
        <source>Choose a Trained Model</source>
        <translation>Escolha um modelo treinado</translation>
    </message>
    <message>
        <source>Models (*.pt *.pth *.torchscript);;All files (*)</source>
        <translation>Modelos (*.pt *.pth *.torchscript);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Pre-labelling %1 with %2</source>
        <translation>Pré-rotulando %1 com %2</translation>
    </message>
    <message>
        <source>Scoring unlabelled images with %1...</source>
        <translation>Pontuando imagens não rotuladas com %1...</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Parar</translation>
    </message>
    <message>
        <source>Ranking images with %1</source>
        <translation>Ordenando imagens com %1</translation>
    </message>
</context>
<context>
    <name>seg::ui::ModelExportJob</name>
    <message>
        <source>Exported %1: load it in PyTorch with torch.jit.load; its class names are model.class_names</source>
        <translation>%1 exportado: carregue-o no PyTorch com torch.jit.load; os nomes das classes estão em model.class_names</translation>
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
        <translation>%1; padrão %2.</translation>
    </message>
    <message>
        <source>%1  (%2)</source>
        <translation>%1  (%2)</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>Arquitetura</translation>
    </message>
    <message>
        <source>Needs a change project: pairs of images of two dates with change masks.</source>
        <translation>Requer um projeto de mudanças: pares de imagens de duas datas com máscaras de mudança.</translation>
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
        <translation>Abrindo %1</translation>
    </message>
    <message>
        <source>Predicting %1 with %2</source>
        <translation>Prevendo %1 com %2</translation>
    </message>
</context>
<context>
    <name>seg::ui::ProcessTraining</name>
    <message>
        <source>Cannot write the run&apos;s settings to %1: %2</source>
        <translation>Não foi possível gravar as configurações da execução em %1: %2</translation>
    </message>
    <message>
        <source>Cannot start %1: %2</source>
        <translation>Não foi possível iniciar %1: %2</translation>
    </message>
    <message>
        <source>the training processes ended with exit code %1</source>
        <translation>os processos de treinamento terminaram com o código de saída %1</translation>
    </message>
</context>
<context>
    <name>seg::ui::RunsView</name>
    <message>
        <source>Run</source>
        <translation>Execução</translation>
    </message>
    <message>
        <source>Best mIoU</source>
        <translation>Melhor mIoU</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>Épocas</translation>
    </message>
    <message>
        <source>Tick runs to overlay their curves on the charts.</source>
        <translation>Marque execuções para sobrepor suas curvas nos gráficos.</translation>
    </message>
    <message>
        <source>Show Curves</source>
        <translation>Mostrar curvas</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Retomar</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Atualizar</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>%1
%2, %3 loss; %4 optimiser, learning rate %5, %6 schedule, batch %7, crop %8</source>
        <translation>%1
%2, perda %3; otimizador %4, taxa de aprendizado %5, cronograma %6, lote %7, recorte %8</translation>
    </message>
    <message>
        <source>whole images</source>
        <translation>imagens inteiras</translation>
    </message>
    <message>
        <source>A run is training: stop it first.</source>
        <translation>Há uma execução em treinamento: pare-a primeiro.</translation>
    </message>
    <message>
        <source>Another process is training this run now; Show Curves follows it.</source>
        <translation>Outro processo está treinando esta execução agora; Mostrar curvas a acompanha.</translation>
    </message>
    <message>
        <source>This run has no checkpoint (last.pt) or no readable config.json to resume from.</source>
        <translation>Esta execução não tem ponto de controle (last.pt) nem config.json legível para retomar.</translation>
    </message>
</context>
<context>
    <name>seg::ui::SplitScoring</name>
    <message>
        <source>Scoring the validation split</source>
        <translation>Avaliando o conjunto de validação</translation>
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
        <translation>gabarito</translation>
    </message>
    <message>
        <source>image</source>
        <translation>imagem</translation>
    </message>
    <message>
        <source>Export Table (CSV)...</source>
        <translation>Exportar tabela (CSV)...</translation>
    </message>
    <message>
        <source>Export Grid (PNG)...</source>
        <translation>Exportar grade (PNG)...</translation>
    </message>
    <message>
        <source> hardest images</source>
        <translation> imagens mais difíceis</translation>
    </message>
    <message>
        <source>Confusion matrix of</source>
        <translation>Matriz de confusão de</translation>
    </message>
    <message>
        <source>Row-normalised %</source>
        <translation>% normalizado por linha</translation>
    </message>
    <message>
        <source>Rows: ground truth; columns: prediction</source>
        <translation>Linhas: gabarito; colunas: predição</translation>
    </message>
    <message>
        <source>Export Comparison Table</source>
        <translation>Exportar tabela de comparação</translation>
    </message>
    <message>
        <source>comparison.csv</source>
        <translation>comparison.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Arquivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export Comparison Grid</source>
        <translation>Exportar grade de comparação</translation>
    </message>
    <message>
        <source>comparison.png</source>
        <translation>comparison.png</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Imagens PNG (*.png)</translation>
    </message>
    <message numerus="yes">
        <source>the %n selected image(s)</source>
        <translation>
            <numerusform>a %n imagem selecionada</numerusform>
            <numerusform>as %n imagens selecionadas</numerusform>
        </translation>
    </message>
    <message>
        <source>Score the validation images (Validation Images tab) to compare the models on the whole split.</source>
        <translation>Avalie as imagens de validação (aba Imagens de validação) para comparar os modelos em todo o conjunto.</translation>
    </message>
    <message>
        <source>Labels were corrected since: score again for up-to-date totals. </source>
        <translation>Os rótulos foram corrigidos desde então: avalie novamente para ter totais atualizados. </translation>
    </message>
    <message numerus="yes">
        <source>%n validation image(s); the best of each column in bold.</source>
        <translation>
            <numerusform>%n imagem de validação; o melhor de cada coluna em negrito.</numerusform>
            <numerusform>%n imagens de validação; o melhor de cada coluna em negrito.</numerusform>
        </translation>
    </message>
    <message>
        <source>Pixel accuracy</source>
        <translation>Acurácia de pixel</translation>
    </message>
    <message>
        <source>Mean class accuracy</source>
        <translation>Acurácia média por classe</translation>
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
        <translation>Dice médio</translation>
    </message>
    <message>
        <source>IoU %1</source>
        <translation>IoU %1</translation>
    </message>
    <message>
        <source>Nothing to export: score the validation images first</source>
        <translation>Nada a exportar: avalie primeiro as imagens de validação</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Não foi possível gravar %1: %2</translation>
    </message>
    <message>
        <source>Drawing the comparison grid</source>
        <translation>Desenhando a grade de comparação</translation>
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
        <translation>%1 é um modelo TorchScript. O SegStudio precisa saber o que significam seus canais de saída e como ele espera a entrada. As respostas são guardadas junto ao modelo.</translation>
    </message>
    <message>
        <source>One name a line, in the order of the model&apos;s output channels</source>
        <translation>Um nome por linha, na ordem dos canais de saída do modelo</translation>
    </message>
    <message>
        <source>Read labels.txt...</source>
        <translation>Ler labels.txt...</translation>
    </message>
    <message>
        <source>Class names:</source>
        <translation>Nomes das classes:</translation>
    </message>
    <message>
        <source>Input mean (R, G, B):</source>
        <translation>Média de entrada (R, G, B):</translation>
    </message>
    <message>
        <source>Input std (R, G, B):</source>
        <translation>Desvio padrão de entrada (R, G, B):</translation>
    </message>
    <message>
        <source>Pixels are scaled to 0..1, then (x - mean) / std: ImageNet&apos;s values suit torchvision&apos;s models.</source>
        <translation>Os pixels são escalados para 0..1 e depois (x - média) / desvio padrão: os valores do ImageNet servem para os modelos do torchvision.</translation>
    </message>
    <message>
        <source>Fixed input size:</source>
        <translation>Tamanho de entrada fixo:</translation>
    </message>
    <message>
        <source>Traced models:</source>
        <translation>Modelos rastreados (traced):</translation>
    </message>
    <message>
        <source>Class Names</source>
        <translation>Nomes das classes</translation>
    </message>
    <message>
        <source>Class lists (*.txt *.json);;All files (*)</source>
        <translation>Listas de classes (*.txt *.json);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Cannot read the class names</source>
        <translation>Não foi possível ler os nomes das classes</translation>
    </message>
    <message>
        <source>Cannot use these settings</source>
        <translation>Não é possível usar estas configurações</translation>
    </message>
</context>
<context>
    <name>seg::ui::TrainingCharts</name>
    <message>
        <source>Iteration</source>
        <translation>Iteração</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Perda</translation>
    </message>
    <message>
        <source>Epoch</source>
        <translation>Época</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>Validação</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Taxa de aprendizado</translation>
    </message>
    <message>
        <source>Drag to pan, wheel to zoom, double-click to fit.</source>
        <translation>Arraste para mover, use a roda do mouse para zoom, clique duas vezes para ajustar.</translation>
    </message>
    <message>
        <source>%1 validation loss</source>
        <translation>perda de validação de %1</translation>
    </message>
    <message>
        <source>%1 mIoU</source>
        <translation>mIoU de %1</translation>
    </message>
    <message>
        <source>%1 learning rate</source>
        <translation>taxa de aprendizado de %1</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>perda</translation>
    </message>
    <message>
        <source>loss (smoothed)</source>
        <translation>perda (suavizada)</translation>
    </message>
    <message>
        <source>validation loss</source>
        <translation>perda de validação</translation>
    </message>
    <message>
        <source>adversarial loss (smoothed)</source>
        <translation>perda adversarial (suavizada)</translation>
    </message>
    <message>
        <source>discriminator loss (smoothed)</source>
        <translation>perda do discriminador (suavizada)</translation>
    </message>
    <message>
        <source>mIoU</source>
        <translation>mIoU</translation>
    </message>
    <message>
        <source>pixel accuracy</source>
        <translation>acurácia de pixel</translation>
    </message>
    <message>
        <source>learning rate</source>
        <translation>taxa de aprendizado</translation>
    </message>
    <message>
        <source>No run yet: start one in Training Settings.</source>
        <translation>Nenhuma execução ainda: inicie uma em Configurações de treinamento.</translation>
    </message>
    <message>
        <source>Run %1</source>
        <translation>Execução %1</translation>
    </message>
    <message>
        <source>%1 at %2 %3: %4</source>
        <translation>%1 na %2 %3: %4</translation>
    </message>
    <message>
        <source>SegStudio training charts</source>
        <translation>Gráficos de treinamento do SegStudio</translation>
    </message>
</context>
<context>
    <name>seg::ui::TrainingController</name>
    <message>
        <source>Run %1 cannot be resumed: %2</source>
        <translation>A execução %1 não pode ser retomada: %2</translation>
    </message>
    <message>
        <source>its checkpoint checkpoints/last.pt is missing.</source>
        <translation>falta o ponto de controle checkpoints/last.pt.</translation>
    </message>
    <message>
        <source>Run %1 is being trained by another process now. Resume it once that process has stopped.</source>
        <translation>A execução %1 está sendo treinada por outro processo agora. Retome-a quando esse processo tiver parado.</translation>
    </message>
    <message>
        <source>Cannot start training: %1</source>
        <translation>Não foi possível iniciar o treinamento: %1</translation>
    </message>
    <message>
        <source>Cannot start training: adversarial training runs in one process. Set Processes to 1.</source>
        <translation>Não foi possível iniciar o treinamento: o treinamento adversarial roda em um único processo. Defina Processos como 1.</translation>
    </message>
    <message>
        <source>starting...</source>
        <translation>iniciando...</translation>
    </message>
    <message>
        <source>Training on %1 images (%2 for validation), %3 threads, %4</source>
        <translation>Treinando com %1 imagens (%2 para validação), %3 threads, %4</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausado</translation>
    </message>
    <message>
        <source>resuming...</source>
        <translation>retomando...</translation>
    </message>
    <message>
        <source>Training finished: best mIoU %1 at epoch %2.</source>
        <translation>Treinamento concluído: melhor mIoU %1 na época %2.</translation>
    </message>
    <message numerus="yes">
        <source>Training stopped after %n complete epochs; resume it from the runs list.</source>
        <translation>
            <numerusform>Treinamento interrompido após %n época completa; retome-o pela lista de execuções.</numerusform>
            <numerusform>Treinamento interrompido após %n épocas completas; retome-o pela lista de execuções.</numerusform>
        </translation>
    </message>
    <message>
        <source>Training failed: %1</source>
        <translation>Falha no treinamento: %1</translation>
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
        <translation>época %1/%2, faltam %3</translation>
    </message>
    <message numerus="yes">
        <source>%n unreadable image(s) skipped; the log names them.</source>
        <translation>
            <numerusform>%n imagem ilegível pulada; o registro indica qual.</numerusform>
            <numerusform>%n imagens ilegíveis puladas; o registro indica quais.</numerusform>
        </translation>
    </message>
    <message>
        <source>stopping...</source>
        <translation>parando...</translation>
    </message>
    <message>
        <source>A run is training; tick runs to compare them with it instead.</source>
        <translation>Há uma execução em treinamento; marque outras execuções para compará-las com ela.</translation>
    </message>
    <message numerus="yes">
        <source>Showing run %1: %n epochs</source>
        <translation>
            <numerusform>Exibindo a execução %1: %n época</numerusform>
            <numerusform>Exibindo a execução %1: %n épocas</numerusform>
        </translation>
    </message>
    <message>
        <source>Run %1: %2</source>
        <translation>Execução %1: %2</translation>
    </message>
    <message>
        <source>A run is training in this window: stop it before following another.</source>
        <translation>Há uma execução em treinamento nesta janela: pare-a antes de acompanhar outra.</translation>
    </message>
    <message>
        <source>%1 is not a training run&apos;s folder: it holds neither config.json nor metrics.csv.</source>
        <translation>%1 não é a pasta de uma execução de treinamento: não contém config.json nem metrics.csv.</translation>
    </message>
    <message>
        <source>Following run %1 as it is written (read-only).</source>
        <translation>Acompanhando a execução %1 conforme é gravada (somente leitura).</translation>
    </message>
    <message numerus="yes">
        <source>trained by %n processes</source>
        <translation>
            <numerusform>treinada por %n processo</numerusform>
            <numerusform>treinada por %n processos</numerusform>
        </translation>
    </message>
    <message>
        <source>finished, %1 of %2 epochs</source>
        <translation>concluída, %1 de %2 épocas</translation>
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
        <translation>aguardando a execução gravar metrics.csv</translation>
    </message>
    <message>
        <source>%1, written %2 ago</source>
        <translation>%1, última gravação há %2</translation>
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
        <translation>Otimização</translation>
    </message>
    <message>
        <source>Cross-entropy</source>
        <translation>Entropia cruzada</translation>
    </message>
    <message>
        <source>Cross-entropy + Dice</source>
        <translation>Entropia cruzada + Dice</translation>
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
        <translation>SGD com momento</translation>
    </message>
    <message>
        <source>Cosine</source>
        <translation>Cosseno</translation>
    </message>
    <message>
        <source>Poly</source>
        <translation>Polinomial</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Em degraus</translation>
    </message>
    <message>
        <source>Constant</source>
        <translation>Constante</translation>
    </message>
    <message>
        <source> iterations</source>
        <translation> iterações</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>whole image</source>
        <translation>imagem inteira</translation>
    </message>
    <message>
        <source>Square training crop; whole images when all have one size.</source>
        <translation>Recorte quadrado de treinamento; imagens inteiras quando todas têm o mesmo tamanho.</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Perda</translation>
    </message>
    <message>
        <source>Optimiser</source>
        <translation>Otimizador</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Taxa de aprendizado</translation>
    </message>
    <message>
        <source>Weight decay</source>
        <translation>Decaimento de pesos</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Cronograma</translation>
    </message>
    <message>
        <source>Warm-up</source>
        <translation>Aquecimento</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>Épocas</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Tamanho do lote</translation>
    </message>
    <message>
        <source>Input size</source>
        <translation>Tamanho de entrada</translation>
    </message>
    <message>
        <source>Augmentation</source>
        <translation>Aumento de dados</translation>
    </message>
    <message>
        <source>Horizontal flips</source>
        <translation>Espelhamento horizontal</translation>
    </message>
    <message>
        <source>Vertical flips</source>
        <translation>Espelhamento vertical</translation>
    </message>
    <message>
        <source>°</source>
        <translation>°</translation>
    </message>
    <message>
        <source>Scale range</source>
        <translation>Faixa de escala</translation>
    </message>
    <message>
        <source>Rotation</source>
        <translation>Rotação</translation>
    </message>
    <message>
        <source>Colour jitter</source>
        <translation>Variação de cor</translation>
    </message>
    <message>
        <source>Adversarial training</source>
        <translation>Treinamento adversarial</translation>
    </message>
    <message>
        <source>Luc et al. 2016: a small discriminator learns to tell ground-truth label maps from the model&apos;s, and the model also learns to fool it. Its two losses are drawn with the training loss.</source>
        <translation>Luc et al. 2016: um pequeno discriminador aprende a distinguir os mapas de rótulos do gabarito dos do modelo, e o modelo também aprende a enganá-lo. As duas perdas desse método são desenhadas junto com a perda de treinamento.</translation>
    </message>
    <message>
        <source>The adversarial term&apos;s weight next to the segmentation loss.</source>
        <translation>Peso do termo adversarial em relação à perda de segmentação.</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Peso</translation>
    </message>
    <message>
        <source>Discriminator learning rate</source>
        <translation>Taxa de aprendizado do discriminador</translation>
    </message>
    <message>
        <source>Learn from scribbles (dense-CRF loss)</source>
        <translation>Aprender com rabiscos (perda de CRF denso)</translation>
    </message>
    <message>
        <source>Tang et al. 2018: for partly painted masks. Besides the painted pixels, every pixel is asked to share the class of nearby pixels of similar colour, so the labels spread from the strokes up to the image&apos;s edges.</source>
        <translation>Tang et al. 2018: para máscaras parcialmente pintadas. Além dos pixels pintados, cada pixel deve compartilhar a classe dos pixels próximos de cor semelhante, de modo que os rótulos se espalham dos traços até os contornos da imagem.</translation>
    </message>
    <message>
        <source>The CRF term&apos;s weight next to the segmentation loss.</source>
        <translation>Peso do termo de CRF em relação à perda de segmentação.</translation>
    </message>
    <message>
        <source>How far apart two pixels may be and still be asked to agree.</source>
        <translation>Até que distância dois pixels ainda devem concordar.</translation>
    </message>
    <message>
        <source>How different in colour (0 to 255 levels) two pixels may be and still be asked to agree.</source>
        <translation>Até que diferença de cor (0 a 255 níveis) dois pixels ainda devem concordar.</translation>
    </message>
    <message>
        <source>Reach</source>
        <translation>Alcance</translation>
    </message>
    <message>
        <source>Colour tolerance</source>
        <translation>Tolerância de cor</translation>
    </message>
    <message>
        <source>Runtime</source>
        <translation>Ambiente de execução</translation>
    </message>
    <message>
        <source>all cores (%1)</source>
        <translation>todos os núcleos (%1)</translation>
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
        <translation>Treinamento com paralelismo de dados: cada um destes processos treina uma parte de cada época com o tamanho de lote acima, e eles tiram a média dos gradientes após cada passo. Em uma só máquina, um processo com todos os núcleos é mais rápido; vários processos servem para ensaiar uma execução em várias máquinas (veja docs/distributed.md). Os núcleos são divididos entre os processos quando Threads está em “todos os núcleos”.</translation>
    </message>
    <message>
        <source>Threads</source>
        <translation>Threads</translation>
    </message>
    <message>
        <source>Processes</source>
        <translation>Processos</translation>
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
        <translation>Parar</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Retomar</translation>
    </message>
</context>
<context>
    <name>seg::ui::UserGuideWindow</name>
    <message>
        <source>SegStudio User Guide</source>
        <translation>Guia do usuário do SegStudio</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Voltar</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Sumário</translation>
    </message>
</context>
<context>
    <name>seg::ui::ValidationBrowser</name>
    <message>
        <source>Score Validation Images</source>
        <translation>Avaliar imagens de validação</translation>
    </message>
    <message>
        <source>Predicts every validation image with the ticked models</source>
        <translation>Prevê todas as imagens de validação com os modelos marcados</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Parar</translation>
    </message>
    <message>
        <source>Only images whose ground truth holds this class</source>
        <translation>Apenas imagens cujo gabarito contém esta classe</translation>
    </message>
    <message>
        <source>Fix Label</source>
        <translation>Corrigir rótulo</translation>
    </message>
    <message>
        <source>Open the image for painting, with the model&apos;s prediction as a reference layer</source>
        <translation>Abre a imagem para pintura, com a predição do modelo como camada de referência</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Mostrar:</translation>
    </message>
    <message>
        <source>every image</source>
        <translation>todas as imagens</translation>
    </message>
    <message>
        <source>with %1</source>
        <translation>com %1</translation>
    </message>
    <message>
        <source>Scoring...</source>
        <translation>Avaliando...</translation>
    </message>
    <message>
        <source>Tick models, then score the validation images to find the worst.</source>
        <translation>Marque modelos e avalie as imagens de validação para encontrar as piores.</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s); corrected labels are rescored here, score again for the split&apos;s totals</source>
        <translation>
            <numerusform>%n imagem; rótulos corrigidos são reavaliados aqui, avalie novamente para ter os totais da divisão</numerusform>
            <numerusform>%n imagens; rótulos corrigidos são reavaliados aqui, avalie novamente para ter os totais da divisão</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s), worst first</source>
        <translation>
            <numerusform>%n imagem, da pior para a melhor</numerusform>
            <numerusform>%n imagens, da pior para a melhor</numerusform>
        </translation>
    </message>
    <message>
        <source>Scoring... %1</source>
        <translation>Avaliando... %1</translation>
    </message>
</context>
<context>
    <name>seg::ui::WelcomePage</name>
    <message>
        <source>Welcome to SegStudio</source>
        <translation>Bem-vindo ao SegStudio</translation>
    </message>
    <message>
        <source>Paint segmentation masks, train models on them, and compare their predictions.</source>
        <translation>Pinte máscaras de segmentação, treine modelos com elas e compare suas predições.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Começar</translation>
    </message>
    <message>
        <source>Open the Demo Project</source>
        <translation>Abrir o projeto de demonstração</translation>
    </message>
    <message>
        <source>500 synthetic-shapes images with their masks, ready to train a U-Net in a few minutes. Made on first use.</source>
        <translation>500 imagens de formas sintéticas com suas máscaras, prontas para treinar uma U-Net em poucos minutos. Criado no primeiro uso.</translation>
    </message>
    <message>
        <source>New Project from Image Folder...</source>
        <translation>Novo projeto a partir de pasta de imagens...</translation>
    </message>
    <message>
        <source>A folder of your own images, to paint their masks.</source>
        <translation>Uma pasta com suas próprias imagens, para pintar as máscaras.</translation>
    </message>
    <message>
        <source>New Project from Dataset...</source>
        <translation>Novo projeto a partir de conjunto de dados...</translation>
    </message>
    <message>
        <source>Images with masks: VOC, PennFudan, images/ and masks/ folders, or change pairs.</source>
        <translation>Imagens com máscaras: VOC, PennFudan, pastas images/ e masks/, ou pares de detecção de mudanças.</translation>
    </message>
    <message>
        <source>Open Project...</source>
        <translation>Abrir projeto...</translation>
    </message>
    <message>
        <source>A folder holding a project.json.</source>
        <translation>Uma pasta que contém um project.json.</translation>
    </message>
    <message>
        <source>Read the User Guide</source>
        <translation>Ler o guia do usuário</translation>
    </message>
    <message>
        <source>Recent Projects</source>
        <translation>Projetos recentes</translation>
    </message>
    <message>
        <source>%1 (not found)
%2</source>
        <translation>%1 (não encontrado)
%2</translation>
    </message>
    <message>
        <source>No recent projects yet.</source>
        <translation>Ainda não há projetos recentes.</translation>
    </message>
</context>
</TS>
