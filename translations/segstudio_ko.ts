<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko">
<context>
    <name>AnalysisImages</name>
    <message>
        <source>correct</source>
        <translation>올바름</translation>
    </message>
    <message>
        <source>wrong class</source>
        <translation>잘못된 클래스</translation>
    </message>
    <message>
        <source>missed (object predicted as background)</source>
        <translation>미탐(객체를 배경으로 예측)</translation>
    </message>
    <message>
        <source>false alarm (background predicted as object)</source>
        <translation>오탐(배경을 객체로 예측)</translation>
    </message>
    <message>
        <source>ignored (unlabelled in the ground truth)</source>
        <translation>무시됨(정답에 레이블 없음)</translation>
    </message>
    <message>
        <source>both predict the same</source>
        <translation>두 모델의 예측이 같음</translation>
    </message>
    <message>
        <source>%1 right, %2 wrong</source>
        <translation>%1 맞음, %2 틀림</translation>
    </message>
    <message>
        <source>they differ, both wrong</source>
        <translation>서로 다르며 둘 다 틀림</translation>
    </message>
    <message>
        <source>they differ, no ground truth</source>
        <translation>서로 다름, 정답 없음</translation>
    </message>
</context>
<context>
    <name>ArchitectureFlags</name>
    <message>
        <source>Architecture: %1.</source>
        <translation>아키텍처: %1.</translation>
    </message>
    <message>
        <source>Default: %1.</source>
        <translation>기본값: %1.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>%1: %2 %3; default %4.</source>
        <translation>%1: %2 %3; 기본값 %4.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>value</source>
        <translation>값</translation>
    </message>
    <message>
        <source>unknown model &apos;%1&apos; (expected one of: %2)</source>
        <translation>알 수 없는 모델 &apos;%1&apos;(다음 중 하나여야 함: %2)</translation>
    </message>
    <message>
        <source>--%1 does not apply to %2 (its options: %3)</source>
        <translation>--%1은(는) %2에 적용되지 않습니다(해당 모델의 옵션: %3)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>--%1 must be a whole number, not &apos;%2&apos;</source>
        <translation>--%1은(는) 정수여야 합니다(입력값: &apos;%2&apos;)</translation>
    </message>
</context>
<context>
    <name>BoxTool</name>
    <message>
        <source>Accept live prediction in a box</source>
        <translation>상자 안의 실시간 예측 수락</translation>
    </message>
    <message>
        <source>Rectangle fill</source>
        <translation>사각형 채우기</translation>
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
        <translation>사용법: segstudio-cli &lt;명령&gt; [옵션]

명령:
  synth     합성 도형 데이터셋 저장
  inspect   데이터셋 보고: 개수, 크기, 클래스 빈도, 문제
  score     예측 마스크를 정답과 비교해 평가
  demo      데모 프로젝트 만들기
  init      데이터셋 또는 이미지 폴더를 프로젝트로 만들기
  scribble  프로젝트의 학습 마스크를 스크리블로 대체
  train     모델 학습(&apos;segstudio-cli model --list&apos;의 모든 모델)
  eval      데이터셋 분할에서 체크포인트 평가
  predict   이미지의 예측 마스크 저장
  compare   데이터셋 분할에서 모델 2~4개를 나란히 평가
  export    체크포인트의 모델을 TorchScript 모듈로 저장
  model     모델의 파라미터 수와 GMACs 출력
  runs      프로젝트의 학습 실행과 각 실행의 최고 mIoU 나열

옵션:
  -h, --help       이 목록
  -v, --version    SegStudio 버전

명령별 옵션을 보려면 &apos;segstudio-cli &lt;명령&gt; --help&apos;를 실행하십시오.
</translation>
    </message>
    <message>
        <source>segstudio-cli: unexpected error: %1</source>
        <translation>segstudio-cli: 예기치 않은 오류: %1</translation>
    </message>
    <message>
        <source>segstudio-cli: unknown command &apos;%1&apos;</source>
        <translation>segstudio-cli: 알 수 없는 명령 &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>CommandParser</name>
    <message>
        <source>--%1 must be a whole number from %2 to %3 (got &apos;%4&apos;)</source>
        <translation>--%1은(는) %2~%3 범위의 정수여야 합니다(입력값: &apos;%4&apos;)</translation>
    </message>
    <message>
        <source>--%1 must be a number from %2 to %3 (got &apos;%4&apos;)</source>
        <translation>--%1은(는) %2~%3 범위의 숫자여야 합니다(입력값: &apos;%4&apos;)</translation>
    </message>
    <message>
        <source>Run &apos;%1 %2 --help&apos; for usage.</source>
        <translation>사용법을 보려면 &apos;%1 %2 --help&apos;를 실행하십시오.</translation>
    </message>
</context>
<context>
    <name>CompareCommand</name>
    <message>
        <source>metric</source>
        <translation>지표</translation>
    </message>
    <message>
        <source>* best of the row (not marked when all are equal)</source>
        <translation>* 행의 최고값(모두 같으면 표시하지 않음)</translation>
    </message>
    <message>
        <source>Scores 2 to 4 models on the same dataset split and prints their metrics side by
side, the best of each row marked. Models are checkpoints or TorchScript files.</source>
        <translation>같은 데이터셋 분할에서 모델 2~4개를 평가하고 지표를 나란히 출력하며,
각 행의 최고값을 표시합니다. 모델은 체크포인트 또는 TorchScript 파일입니다.</translation>
    </message>
    <message>
        <source>A model: a checkpoint or a TorchScript file (give 2 to 4).</source>
        <translation>모델: 체크포인트 또는 TorchScript 파일(2~4개 지정).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>파일</translation>
    </message>
    <message>
        <source>Dataset folder or project.</source>
        <translation>데이터셋 폴더 또는 프로젝트.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>폴더</translation>
    </message>
    <message>
        <source>val, train, test or all (default val).</source>
        <translation>val, train, test 또는 all(기본값 val).</translation>
    </message>
    <message>
        <source>split</source>
        <translation>분할</translation>
    </message>
    <message>
        <source>Also write the table as CSV to this file.</source>
        <translation>표를 CSV 형식으로 이 파일에도 저장합니다.</translation>
    </message>
    <message>
        <source>Also write a PNG grid: the hardest images (lowest mIoU over the models) in rows; image, ground truth and each model&apos;s prediction in columns.</source>
        <translation>PNG 격자도 저장합니다: 행은 가장 어려운 이미지(모델 전체에서 mIoU가 가장 낮은 이미지), 열은 이미지, 정답, 각 모델의 예측입니다.</translation>
    </message>
    <message>
        <source>Rows of the grid (default 4).</source>
        <translation>격자의 행 수(기본값 4).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>give 2 to 4 --model files and --data</source>
        <translation>--model 파일 2~4개와 --data를 지정하십시오</translation>
    </message>
    <message>
        <source>--split must be val, train, test or all</source>
        <translation>--split은 val, train, test, all 중 하나여야 합니다</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>경고: %1</translation>
    </message>
    <message numerus="yes">
        <source>Compared %n model(s) on %1 images (%2 split)</source>
        <translation>
            <numerusform>이미지 %1장에서 모델 %n개를 비교했습니다(%2 분할)</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote the table to %1</source>
        <translation>표를 %1에 저장했습니다</translation>
    </message>
    <message>
        <source>Wrote the grid to %1</source>
        <translation>격자를 %1에 저장했습니다</translation>
    </message>
</context>
<context>
    <name>ConsoleObserver</name>
    <message>
        <source>rank %1: </source>
        <translation>랭크 %1: </translation>
    </message>
    <message>
        <source>Training on %1 images, validating on %2; %3 iterations per epoch; %4 threads, %5</source>
        <translation>이미지 %1장으로 학습, %2장으로 검증; 에포크당 반복 %3회; 스레드 %4개, %5</translation>
    </message>
    <message>
        <source>epoch %1/%2  iteration %3/%4  loss %5  lr %6  %7 img/s</source>
        <translation>에포크 %1/%2  반복 %3/%4  손실 %5  lr %6  %7 img/s</translation>
    </message>
    <message>
        <source>  adversarial %1  discriminator %2</source>
        <translation>  적대적 %1  판별기 %2</translation>
    </message>
    <message>
        <source>epoch %1/%2  loss %3  val loss %4  pixel accuracy %5  mIoU %6  %7 s%8</source>
        <translation>에포크 %1/%2  손실 %3  검증 손실 %4  픽셀 정확도 %5  mIoU %6  %7 s%8</translation>
    </message>
    <message>
        <source>  (best)</source>
        <translation>  (최고)</translation>
    </message>
</context>
<context>
    <name>DatasetFlags</name>
    <message>
        <source>Change-detection datasets: the folders of the before images, the after images and the change labels (default %1,%2,%3, as LEVIR-CD).</source>
        <translation>변화 탐지 데이터셋: 전 시점 이미지, 후 시점 이미지, 변화 레이블의 폴더(기본값 %1,%2,%3, LEVIR-CD와 같음).</translation>
    </message>
    <message>
        <source>before,after,label</source>
        <translation>전,후,레이블</translation>
    </message>
    <message>
        <source>--change-folders takes three folder names, e.g. A,B,label (got &apos;%1&apos;)</source>
        <translation>--change-folders에는 폴더 이름 세 개가 필요합니다. 예: A,B,label(입력값: &apos;%1&apos;)</translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <source>Creates the demo project (synthetic shapes, 500 images of 128x128) in a folder,
as the app does on first start.</source>
        <translation>폴더에 데모 프로젝트(합성 도형, 128x128 이미지 500장)를 만듭니다.
앱을 처음 시작할 때와 같습니다.</translation>
    </message>
    <message>
        <source>Project folder to create.</source>
        <translation>만들 프로젝트 폴더.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>폴더</translation>
    </message>
    <message>
        <source>--out is required</source>
        <translation>--out을 지정해야 합니다</translation>
    </message>
    <message>
        <source>Created demo project %1</source>
        <translation>데모 프로젝트 %1을(를) 만들었습니다</translation>
    </message>
</context>
<context>
    <name>DurationText</name>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n초</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n분</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n시간</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n일</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>There is not enough memory for this.</source>
        <translation>메모리가 부족합니다.</translation>
    </message>
    <message>
        <source>Unexpected error: %1</source>
        <translation>예기치 않은 오류: %1</translation>
    </message>
    <message>
        <source>Unexpected error of an unknown kind.</source>
        <translation>알 수 없는 종류의 예기치 않은 오류입니다.</translation>
    </message>
    <message>
        <source>The file or folder does not exist.</source>
        <translation>파일 또는 폴더가 존재하지 않습니다.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>파일이 비어 있습니다.</translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation>파일을 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>The file is truncated.</source>
        <translation>파일이 잘려 있습니다.</translation>
    </message>
    <message>
        <source>The file is not an image.</source>
        <translation>이미지 파일이 아닙니다.</translation>
    </message>
    <message>
        <source>The file&apos;s format is not supported.</source>
        <translation>지원하지 않는 파일 형식입니다.</translation>
    </message>
    <message>
        <source>The mask and its image differ in size.</source>
        <translation>마스크와 이미지의 크기가 다릅니다.</translation>
    </message>
    <message>
        <source>The mask holds values that are not classes.</source>
        <translation>마스크에 클래스가 아닌 값이 있습니다.</translation>
    </message>
    <message>
        <source>The folder is not a dataset SegStudio can read.</source>
        <translation>SegStudio에서 읽을 수 있는 데이터셋 폴더가 아닙니다.</translation>
    </message>
    <message>
        <source>The file is not valid JSON.</source>
        <translation>유효한 JSON 파일이 아닙니다.</translation>
    </message>
    <message>
        <source>The file&apos;s content is invalid.</source>
        <translation>파일 내용이 유효하지 않습니다.</translation>
    </message>
    <message>
        <source>The file was written by a newer SegStudio.</source>
        <translation>더 새로운 버전의 SegStudio에서 저장한 파일입니다.</translation>
    </message>
    <message>
        <source>An option has an invalid value.</source>
        <translation>옵션 값이 유효하지 않습니다.</translation>
    </message>
    <message>
        <source>The file cannot be written.</source>
        <translation>파일을 쓸 수 없습니다.</translation>
    </message>
    <message>
        <source>Unknown error.</source>
        <translation>알 수 없는 오류입니다.</translation>
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
        <translation>이미지</translation>
    </message>
    <message>
        <source>pixel acc</source>
        <translation>픽셀 정확도</translation>
    </message>
    <message>
        <source>mIoU</source>
        <translation>mIoU</translation>
    </message>
    <message>
        <source>worst class (IoU)</source>
        <translation>최저 클래스 (IoU)</translation>
    </message>
    <message>
        <source>Scores a model (a checkpoint or TorchScript file) on a dataset&apos;s validation split
(or another split): the metrics table of `score`, from the model alone.</source>
        <translation>데이터셋의 검증 분할(또는 다른 분할)에서 모델(체크포인트 또는 TorchScript 파일)을
평가합니다: 모델만으로 `score`와 같은 지표 표를 출력합니다.</translation>
    </message>
    <message>
        <source>A checkpoint (best.pt or last.pt of a run) or a TorchScript model.</source>
        <translation>체크포인트(실행의 best.pt 또는 last.pt) 또는 TorchScript 모델.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>파일</translation>
    </message>
    <message>
        <source>Dataset folder or project.</source>
        <translation>데이터셋 폴더 또는 프로젝트.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>폴더</translation>
    </message>
    <message>
        <source>val, train, test or all (default val).</source>
        <translation>val, train, test 또는 all(기본값 val).</translation>
    </message>
    <message>
        <source>split</source>
        <translation>분할</translation>
    </message>
    <message>
        <source>Validation share when the dataset has no split files (default 0.2).</source>
        <translation>데이터셋에 분할 파일이 없을 때의 검증 비율(기본값 0.2).</translation>
    </message>
    <message>
        <source>f</source>
        <translation>f</translation>
    </message>
    <message>
        <source>Print the scores as JSON.</source>
        <translation>점수를 JSON으로 출력합니다.</translation>
    </message>
    <message>
        <source>Also list each image&apos;s pixel accuracy, mIoU and worst class, worst first.</source>
        <translation>각 이미지의 픽셀 정확도, mIoU, 최저 클래스도 나쁜 순으로 나열합니다.</translation>
    </message>
    <message>
        <source>--checkpoint and --data are required</source>
        <translation>--checkpoint와 --data를 지정해야 합니다</translation>
    </message>
    <message>
        <source>--split must be val, train, test or all</source>
        <translation>--split은 val, train, test, all 중 하나여야 합니다</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>경고: %1</translation>
    </message>
    <message>
        <source>Evaluated %1 images (%2 split)</source>
        <translation>이미지 %1장을 평가했습니다(%2 분할)</translation>
    </message>
    <message numerus="yes">
        <source>, with dense CRF post-processing (%n iteration(s))</source>
        <translation>
            <numerusform>, 밀집 CRF 후처리 적용(반복 %n회)</numerusform>
        </translation>
    </message>
    <message>
        <source>Change class: precision %1, recall %2, F1 %3, IoU %4</source>
        <translation>변화 클래스: 정밀도 %1, 재현율 %2, F1 %3, IoU %4</translation>
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
        <translation>체크포인트의 모델을 PyTorch용 TorchScript 모듈로 저장합니다:
  model = torch.jit.load(&quot;model.pt&quot;)
  logits = model(x)  # x: float [N, 3, H, W], [0, 1] 범위의 RGB를
                     # model.mean과 model.std로 정규화; H와 W는 임의
SegStudio가 계산하는 것과 같은 [N, classes, H, W] 로짓을 반환하며, 클래스
이름은 model.class_names에 있습니다. SegStudio에서도 이 파일을 모델로 열 수 있습니다.</translation>
    </message>
    <message>
        <source>A checkpoint (best.pt or last.pt of a run).</source>
        <translation>체크포인트(실행의 best.pt 또는 last.pt).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>파일</translation>
    </message>
    <message>
        <source>The TorchScript file to write.</source>
        <translation>저장할 TorchScript 파일.</translation>
    </message>
    <message>
        <source>--checkpoint and --out are required</source>
        <translation>--checkpoint와 --out을 지정해야 합니다</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: %2, %n class(es); load it with torch.jit.load</source>
        <translation>
            <numerusform>%1을(를) 저장했습니다: %2, 클래스 %n개. torch.jit.load로 불러오십시오</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FillTool</name>
    <message>
        <source>Flood fill</source>
        <translation>영역 채우기</translation>
    </message>
</context>
<context>
    <name>GuiMain</name>
    <message>
        <source>SegStudio: paint masks, train segmentation models, compare them.</source>
        <translation>SegStudio: 마스크를 그리고, 세그멘테이션 모델을 학습하고, 비교합니다.</translation>
    </message>
    <message>
        <source>Open the demo project (synthetic shapes), creating it on first use.</source>
        <translation>데모 프로젝트(합성 도형)를 엽니다. 처음 사용할 때 만듭니다.</translation>
    </message>
    <message>
        <source>Project folder or project.json to open.</source>
        <translation>열 프로젝트 폴더 또는 project.json.</translation>
    </message>
    <message>
        <source>[project]</source>
        <translation>[프로젝트]</translation>
    </message>
</context>
<context>
    <name>InitCommand</name>
    <message>
        <source>Makes a folder a SegStudio project (writes project.json into it), as the window&apos;s
File &gt; New Project does: a dataset in any layout SegStudio reads, or with --images
a plain folder of images to annotate.</source>
        <translation>폴더를 SegStudio 프로젝트로 만듭니다(폴더에 project.json 저장). 창의
파일 &gt; 새 프로젝트와 같습니다: SegStudio가 읽을 수 있는 구조의 데이터셋,
또는 --images와 함께 레이블링할 일반 이미지 폴더를 지정합니다.</translation>
    </message>
    <message>
        <source>The dataset or image folder.</source>
        <translation>데이터셋 또는 이미지 폴더.</translation>
    </message>
    <message>
        <source>A plain folder of images to annotate.</source>
        <translation>레이블링할 일반 이미지 폴더.</translation>
    </message>
    <message>
        <source>With --images: class names, comma-separated (background,object).</source>
        <translation>--images와 함께: 쉼표로 구분한 클래스 이름(background,object).</translation>
    </message>
    <message>
        <source>names</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>give one folder</source>
        <translation>폴더를 하나 지정하십시오</translation>
    </message>
    <message numerus="yes">
        <source>Created %1 with %n classes</source>
        <translation>
            <numerusform>클래스 %n개로 %1을(를) 만들었습니다</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InspectCommand</name>
    <message>
        <source>Dataset   %1</source>
        <translation>데이터셋  %1</translation>
    </message>
    <message>
        <source>Layout    %1</source>
        <translation>구조      %1</translation>
    </message>
    <message>
        <source>Samples   %1 (%2 labelled, %3 unlabelled)</source>
        <translation>샘플      %1(레이블 있음 %2, 레이블 없음 %3)</translation>
    </message>
    <message>
        <source>Split     train %1, val %2, test %3</source>
        <translation>분할      학습 %1, 검증 %2, 테스트 %3</translation>
    </message>
    <message>
        <source>%1x%2 (%3)</source>
        <translation>%1x%2 (%3)</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>외 %1개</translation>
    </message>
    <message>
        <source>Sizes     %1</source>
        <translation>크기      %1</translation>
    </message>
    <message>
        <source>Classes (inferred from the mask values; add labels.txt to name them)</source>
        <translation>클래스(마스크 값에서 추론함. 이름을 붙이려면 labels.txt를 추가하십시오)</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>클래스</translation>
    </message>
    <message>
        <source>index</source>
        <translation>인덱스</translation>
    </message>
    <message>
        <source>name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>pixels</source>
        <translation>픽셀</translation>
    </message>
    <message>
        <source>share</source>
        <translation>비율</translation>
    </message>
    <message>
        <source>(ignored)</source>
        <translation>(무시됨)</translation>
    </message>
    <message>
        <source>Problems  %1 (%2 samples skipped)</source>
        <translation>문제      %1(샘플 %2개 건너뜀)</translation>
    </message>
    <message>
        <source>Reads every sample of a dataset and reports counts, image sizes, class pixel
frequencies and the problems found (bad files are skipped and listed).</source>
        <translation>데이터셋의 모든 샘플을 읽고 개수, 이미지 크기, 클래스 픽셀
빈도, 발견된 문제를 보고합니다(잘못된 파일은 건너뛰고 나열함).</translation>
    </message>
    <message>
        <source>Dataset folder (VOC, PennFudan or images/ + masks/).</source>
        <translation>데이터셋 폴더(VOC, PennFudan 또는 images/ + masks/).</translation>
    </message>
    <message>
        <source>Print the report as JSON.</source>
        <translation>보고서를 JSON으로 출력합니다.</translation>
    </message>
    <message>
        <source>Stop at the first problem (exit code 1) instead of skipping.</source>
        <translation>건너뛰지 않고 첫 번째 문제에서 중지합니다(종료 코드 1).</translation>
    </message>
    <message>
        <source>Force the layout: voc, pennfudan, folders or images.</source>
        <translation>구조를 강제로 지정합니다: voc, pennfudan, folders 또는 images.</translation>
    </message>
    <message>
        <source>layout</source>
        <translation>구조</translation>
    </message>
    <message>
        <source>Validation share when the dataset has no split files (default 0.2).</source>
        <translation>데이터셋에 분할 파일이 없을 때의 검증 비율(기본값 0.2).</translation>
    </message>
    <message>
        <source>f</source>
        <translation>f</translation>
    </message>
    <message>
        <source>Seed of that split (default 42).</source>
        <translation>해당 분할의 시드(기본값 42).</translation>
    </message>
    <message>
        <source>k</source>
        <translation>k</translation>
    </message>
    <message>
        <source>give exactly one dataset folder</source>
        <translation>데이터셋 폴더를 정확히 하나 지정하십시오</translation>
    </message>
    <message>
        <source>--layout must be voc, pennfudan, folders or images</source>
        <translation>--layout은 voc, pennfudan, folders, images 중 하나여야 합니다</translation>
    </message>
</context>
<context>
    <name>MetricsTable</name>
    <message>
        <source>class</source>
        <translation>클래스</translation>
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
        <translation>정확도</translation>
    </message>
    <message>
        <source>Prec</source>
        <translation>정밀도</translation>
    </message>
    <message>
        <source>GT pixels</source>
        <translation>정답 픽셀</translation>
    </message>
    <message>
        <source>Pixel accuracy        %1</source>
        <translation>픽셀 정확도           %1</translation>
    </message>
    <message>
        <source>Mean class accuracy   %1</source>
        <translation>평균 클래스 정확도    %1</translation>
    </message>
    <message>
        <source>Mean IoU              %1</source>
        <translation>평균 IoU              %1</translation>
    </message>
    <message>
        <source>FW IoU                %1</source>
        <translation>빈도 가중 IoU         %1</translation>
    </message>
    <message>
        <source>Mean Dice             %1</source>
        <translation>평균 Dice             %1</translation>
    </message>
</context>
<context>
    <name>ModelCommand</name>
    <message>
        <source>Prints a model&apos;s size: parameters, convolutions and matrix products, and the multiply-accumulates (GMACs) of one forward pass.</source>
        <translation>모델의 크기를 출력합니다: 파라미터, 합성곱과 행렬 곱의 수, 순전파 1회의 곱셈-누산 연산량(GMACs).</translation>
    </message>
    <message>
        <source>Lists every architecture, one a line: its name, its label and what it takes (image, or pair for change detection), tab-separated.</source>
        <translation>모든 아키텍처를 한 줄에 하나씩 나열합니다: 이름, 표시 이름, 입력 종류(image 또는 변화 탐지용 pair), 탭으로 구분.</translation>
    </message>
    <message>
        <source>Number of classes.</source>
        <translation>클래스 수.</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Input size: S or WxH (default 512).</source>
        <translation>입력 크기: S 또는 WxH(기본값 512).</translation>
    </message>
    <message>
        <source>size</source>
        <translation>크기</translation>
    </message>
    <message>
        <source>--size must be S or WxH with sides from 8 to 8192</source>
        <translation>--size는 변의 길이가 8~8192인 S 또는 WxH여야 합니다</translation>
    </message>
    <message>
        <source>%1 (%2) at %3x%4: %5 parameters (%6 M), %7 convolutions, %8 matrix products; %9 GMACs per forward pass (multiply-accumulates; FLOPs are twice as many)</source>
        <translation>%1 (%2), 입력 %3x%4: 파라미터 %5개(%6 M), 합성곱 %7개, 행렬 곱 %8개; 순전파당 %9 GMACs(곱셈-누산 연산. FLOPs는 그 두 배)</translation>
    </message>
    <message>
        <source>Model zoo, with its default options: %1</source>
        <translation>모델 모음(기본 옵션 포함): %1</translation>
    </message>
</context>
<context>
    <name>ModelOptions</name>
    <message>
        <source>Refine the probabilities with a fully connected CRF (dense CRF): pixels close in position and colour lean to the same class.</source>
        <translation>완전 연결 CRF(밀집 CRF)로 확률을 다듬습니다: 위치와 색이 가까운 픽셀은 같은 클래스가 되는 경향이 있습니다.</translation>
    </message>
    <message>
        <source>CRF mean-field iterations (default %1; implies --crf).</source>
        <translation>CRF 평균장 반복 횟수(기본값 %1; --crf 자동 적용).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>CRF appearance kernel: weight, spatial width in pixels, colour width (default %1,%2,%3; implies --crf).</source>
        <translation>CRF 외관 커널: 가중치, 픽셀 단위 공간 폭, 색상 폭(기본값 %1,%2,%3; --crf 자동 적용).</translation>
    </message>
    <message>
        <source>w,px,colour</source>
        <translation>가중치,px,색상</translation>
    </message>
    <message>
        <source>CRF smoothness kernel: weight, spatial width in pixels (default %1,%2; implies --crf).</source>
        <translation>CRF 평활 커널: 가중치, 픽셀 단위 공간 폭(기본값 %1,%2; --crf 자동 적용).</translation>
    </message>
    <message>
        <source>w,px</source>
        <translation>가중치,px</translation>
    </message>
    <message>
        <source>--crf-appearance takes three numbers, e.g. 5,30,13</source>
        <translation>--crf-appearance에는 숫자 세 개가 필요합니다. 예: 5,30,13</translation>
    </message>
    <message>
        <source>--crf-smoothness takes two numbers, e.g. 3,3</source>
        <translation>--crf-smoothness에는 숫자 두 개가 필요합니다. 예: 3,3</translation>
    </message>
    <message>
        <source>TorchScript models: class names, comma-separated, or a labels.txt or classes.json file. Without it, the settings stored next to the model (or inside a model SegStudio exported) apply.</source>
        <translation>TorchScript 모델: 쉼표로 구분한 클래스 이름, 또는 labels.txt나 classes.json 파일. 지정하지 않으면 모델 옆에 저장된 설정(또는 SegStudio에서 내보낸 모델 내부의 설정)이 적용됩니다.</translation>
    </message>
    <message>
        <source>names|file</source>
        <translation>이름|파일</translation>
    </message>
    <message>
        <source>TorchScript models: input mean per RGB channel (default ImageNet&apos;s 0.485,0.456,0.406).</source>
        <translation>TorchScript 모델: RGB 채널별 입력 평균(기본값은 ImageNet의 0.485,0.456,0.406).</translation>
    </message>
    <message>
        <source>r,g,b</source>
        <translation>r,g,b</translation>
    </message>
    <message>
        <source>TorchScript models: input standard deviation per RGB channel (default ImageNet&apos;s 0.229,0.224,0.225).</source>
        <translation>TorchScript 모델: RGB 채널별 입력 표준편차(기본값은 ImageNet의 0.229,0.224,0.225).</translation>
    </message>
    <message>
        <source>TorchScript models traced at one size: WxH; images are resized to it.</source>
        <translation>한 크기로 트레이스된 TorchScript 모델: WxH. 이미지를 이 크기로 조정합니다.</translation>
    </message>
    <message>
        <source>size</source>
        <translation>크기</translation>
    </message>
    <message>
        <source>--mean, --std and --input-size go with --classes</source>
        <translation>--mean, --std, --input-size는 --classes와 함께 사용합니다</translation>
    </message>
    <message>
        <source>--%1 takes three numbers separated by commas, e.g. 0.5,0.5,0.5</source>
        <translation>--%1에는 쉼표로 구분한 숫자 세 개가 필요합니다. 예: 0.5,0.5,0.5</translation>
    </message>
    <message>
        <source>--input-size takes WxH, e.g. 520x520</source>
        <translation>--input-size에는 WxH 형식이 필요합니다. 예: 520x520</translation>
    </message>
</context>
<context>
    <name>ModelTable</name>
    <message>
        <source>Backbone</source>
        <translation>백본</translation>
    </message>
    <message>
        <source>The encoder: a ResNet (He et al. 2016) or a VGG network (Simonyan and Zisserman 2015).</source>
        <translation>인코더: ResNet(He 외, 2016) 또는 VGG 네트워크(Simonyan, Zisserman, 2015).</translation>
    </message>
    <message>
        <source>The encoder: a ResNet (He et al. 2016).</source>
        <translation>인코더: ResNet(He 외, 2016).</translation>
    </message>
    <message>
        <source>The encoder: a VGG network (Simonyan and Zisserman 2015).</source>
        <translation>인코더: VGG 네트워크(Simonyan, Zisserman, 2015).</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>너비</translation>
    </message>
    <message>
        <source>Channels of the backbone&apos;s first stage: 64 as in the papers; fewer train faster.</source>
        <translation>백본 첫 단계의 채널 수: 논문에서는 64. 적을수록 학습이 빠릅니다.</translation>
    </message>
    <message>
        <source>Output stride</source>
        <translation>출력 스트라이드</translation>
    </message>
    <message>
        <source>How much smaller than the image the deepest features are: 8 keeps finer detail and costs about four times more.</source>
        <translation>가장 깊은 특징이 이미지보다 몇 배 작은지: 8은 더 세밀한 부분을 유지하지만 연산량이 약 4배입니다.</translation>
    </message>
    <message>
        <source>Atrous rate</source>
        <translation>아트러스 비율</translation>
    </message>
    <message>
        <source>scaled to the training crop</source>
        <translation>학습 크롭 크기에 맞춰 조정됨</translation>
    </message>
    <message>
        <source>Channels of the highest-resolution branch (W); the others have 2W, 4W and 8W. 18 as in HRNet-W18.</source>
        <translation>가장 높은 해상도 분기의 채널 수(W). 나머지 분기는 2W, 4W, 8W. HRNet-W18에서는 18.</translation>
    </message>
    <message>
        <source>Channels of the first stage and of every attention head; the stages have 1, 2, 5 and 8 times as many. 32 as in MiT-B0.</source>
        <translation>첫 단계와 각 어텐션 헤드의 채널 수. 단계별로 그 1, 2, 5, 8배. MiT-B0에서는 32.</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>깊이</translation>
    </message>
    <message>
        <source>Transformer blocks in each of the four stages (2 in MiT-B0).</source>
        <translation>네 단계 각각의 트랜스포머 블록 수(MiT-B0에서는 2).</translation>
    </message>
    <message>
        <source>Channels of the first stage; each of the four stages doubles them. 16 as in the paper.</source>
        <translation>첫 단계의 채널 수. 네 단계마다 두 배가 됩니다. 논문에서는 16.</translation>
    </message>
    <message>
        <source>Bilinear upsampling</source>
        <translation>쌍선형 업샘플링</translation>
    </message>
    <message>
        <source>Upsample bilinearly instead of with a learned 2x2 transposed convolution.</source>
        <translation>학습되는 2x2 전치 합성곱 대신 쌍선형 보간으로 업샘플링합니다.</translation>
    </message>
    <message>
        <source>Normalisation</source>
        <translation>정규화</translation>
    </message>
    <message>
        <source>Batch: BatchNorm, the usual choice. Instance: each image normalised by its own statistics, in training and prediction alike; learns faster from a few images (live learning uses it).</source>
        <translation>배치: BatchNorm, 일반적인 선택. 인스턴스: 학습과 예측 모두에서 각 이미지를 자체 통계로 정규화하며, 적은 이미지로 더 빨리 학습합니다(실시간 학습에서 사용).</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>배치</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>인스턴스</translation>
    </message>
    <message>
        <source>Channels of the first stage; each deeper stage doubles them.</source>
        <translation>첫 단계의 채널 수. 단계가 깊어질 때마다 두 배가 됩니다.</translation>
    </message>
    <message>
        <source>Number of stages, each at half the resolution of the last.</source>
        <translation>단계 수. 각 단계의 해상도는 이전 단계의 절반입니다.</translation>
    </message>
    <message>
        <source>DeepLab v1 (LargeFOV)</source>
        <translation>DeepLab v1 (LargeFOV)</translation>
    </message>
    <message>
        <source>Chen et al. 2015: a VGG network kept at output stride 8, and a classifier whose atrous convolution sees a large field of view.</source>
        <translation>Chen 외, 2015: 출력 스트라이드 8을 유지하는 VGG 네트워크와, 아트러스 합성곱으로 넓은 시야를 보는 분류기.</translation>
    </message>
    <message>
        <source>Dilation of the fc6 classifier layer: 12 in the paper, for 321-pixel crops.</source>
        <translation>fc6 분류기 층의 팽창률: 논문에서는 321픽셀 크롭에 대해 12.</translation>
    </message>
    <message>
        <source>DeepLab v2</source>
        <translation>DeepLab v2</translation>
    </message>
    <message>
        <source>Chen et al. 2017: four atrous classifiers at rates r, 2r, 3r and 4r whose scores are summed (atrous spatial pyramid pooling).</source>
        <translation>Chen 외, 2017: 비율 r, 2r, 3r, 4r인 아트러스 분류기 4개의 점수를 합산(아트러스 공간 피라미드 풀링).</translation>
    </message>
    <message>
        <source>The smallest of the four rates, r: 6 in the paper, for 321-pixel crops.</source>
        <translation>네 비율 중 가장 작은 r: 논문에서는 321픽셀 크롭에 대해 6.</translation>
    </message>
    <message>
        <source>U-Net</source>
        <translation>U-Net</translation>
    </message>
    <message>
        <source>Ronneberger et al. 2015: an encoder and a decoder joined by skip connections at every scale.</source>
        <translation>Ronneberger 외, 2015: 모든 스케일에서 스킵 연결로 이어진 인코더와 디코더.</translation>
    </message>
    <message>
        <source>FCN-8s</source>
        <translation>FCN-8s</translation>
    </message>
    <message>
        <source>Long et al. 2015: class scores from strides 32, 16 and 8, summed.</source>
        <translation>Long 외, 2015: 스트라이드 32, 16, 8의 클래스 점수를 합산.</translation>
    </message>
    <message>
        <source>FCN-16s</source>
        <translation>FCN-16s</translation>
    </message>
    <message>
        <source>Long et al. 2015: class scores from strides 32 and 16, summed.</source>
        <translation>Long 외, 2015: 스트라이드 32와 16의 클래스 점수를 합산.</translation>
    </message>
    <message>
        <source>FCN-32s</source>
        <translation>FCN-32s</translation>
    </message>
    <message>
        <source>Long et al. 2015: class scores from stride 32, upsampled.</source>
        <translation>Long 외, 2015: 스트라이드 32의 클래스 점수를 업샘플링.</translation>
    </message>
    <message>
        <source>SegNet</source>
        <translation>SegNet</translation>
    </message>
    <message>
        <source>Badrinarayanan et al. 2017: a VGG encoder whose max-pooling positions tell the decoder where to unpool.</source>
        <translation>Badrinarayanan 외, 2017: VGG 인코더의 최대 풀링 위치를 보고 디코더가 언풀링할 위치를 정합니다.</translation>
    </message>
    <message>
        <source>DeepLabv3</source>
        <translation>DeepLabv3</translation>
    </message>
    <message>
        <source>Chen et al. 2017: atrous spatial pyramid pooling on a dilated backbone.</source>
        <translation>Chen 외, 2017: 팽창된 백본 위의 아트러스 공간 피라미드 풀링.</translation>
    </message>
    <message>
        <source>DeepLabv3+</source>
        <translation>DeepLabv3+</translation>
    </message>
    <message>
        <source>Chen et al. 2018: atrous spatial pyramid pooling on a dilated backbone, and a decoder that sharpens borders with stride-4 features.</source>
        <translation>Chen 외, 2018: 팽창된 백본 위의 아트러스 공간 피라미드 풀링, 그리고 스트라이드 4 특징으로 경계를 선명하게 하는 디코더.</translation>
    </message>
    <message>
        <source>PSPNet</source>
        <translation>PSPNet</translation>
    </message>
    <message>
        <source>Zhao et al. 2017: pyramid pooling over 1, 2, 3 and 6 bins gives every pixel the context of its region and of the whole image.</source>
        <translation>Zhao 외, 2017: 1, 2, 3, 6개 구간의 피라미드 풀링으로 모든 픽셀에 해당 영역과 전체 이미지의 맥락을 제공합니다.</translation>
    </message>
    <message>
        <source>RefineNet (light-weight)</source>
        <translation>RefineNet(경량)</translation>
    </message>
    <message>
        <source>Lin et al. 2017: the deepest features refined step by step with finer ones: residual convolution units, multi-resolution fusion and chained residual pooling.</source>
        <translation>Lin 외, 2017: 가장 깊은 특징을 더 세밀한 특징으로 단계적으로 다듬습니다: 잔차 합성곱 유닛, 다중 해상도 융합, 연쇄 잔차 풀링.</translation>
    </message>
    <message>
        <source>HRNet (W18-small style)</source>
        <translation>HRNet(W18-small 방식)</translation>
    </message>
    <message>
        <source>Wang et al. 2020: branches at four resolutions run side by side and exchange features after every stage, so a high-resolution branch is kept all the way.</source>
        <translation>Wang 외, 2020: 네 가지 해상도의 분기가 나란히 실행되며 단계마다 특징을 교환하므로, 고해상도 분기가 끝까지 유지됩니다.</translation>
    </message>
    <message>
        <source>SegFormer (MiT-B0 style)</source>
        <translation>SegFormer(MiT-B0 방식)</translation>
    </message>
    <message>
        <source>Xie et al. 2021: a hierarchical transformer encoder with efficient self-attention and overlapping patch embeddings, and a light all-MLP decoder.</source>
        <translation>Xie 외, 2021: 효율적인 셀프 어텐션과 겹치는 패치 임베딩을 사용하는 계층적 트랜스포머 인코더, 그리고 가벼운 전체 MLP 디코더.</translation>
    </message>
    <message>
        <source>FC-EF (change detection)</source>
        <translation>FC-EF(변화 탐지)</translation>
    </message>
    <message>
        <source>Daudt et al. 2018: a U-Net-like network on the before and after images stacked as one 6-channel input (early fusion).</source>
        <translation>Daudt 외, 2018: 전 시점과 후 시점 이미지를 6채널 입력 하나로 쌓아 처리하는 U-Net 유사 네트워크(초기 융합).</translation>
    </message>
    <message>
        <source>FC-Siam-conc (change detection)</source>
        <translation>FC-Siam-conc(변화 탐지)</translation>
    </message>
    <message>
        <source>Daudt et al. 2018: one encoder with shared weights on each image; the decoder sees both encodings side by side.</source>
        <translation>Daudt 외, 2018: 가중치를 공유하는 인코더 하나가 각 이미지를 처리하고, 디코더는 두 인코딩을 나란히 봅니다.</translation>
    </message>
    <message>
        <source>FC-Siam-diff (change detection)</source>
        <translation>FC-Siam-diff(변화 탐지)</translation>
    </message>
    <message>
        <source>Daudt et al. 2018: one encoder with shared weights on each image; the decoder sees the absolute difference of the encodings.</source>
        <translation>Daudt 외, 2018: 가중치를 공유하는 인코더 하나가 각 이미지를 처리하고, 디코더는 두 인코딩 차이의 절댓값을 봅니다.</translation>
    </message>
</context>
<context>
    <name>ModelText</name>
    <message>
        <source>%1 or %2</source>
        <translation>%1 또는 %2</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1~%2</translation>
    </message>
    <message>
        <source>%1, a multiple of %2</source>
        <translation>%1, %2의 배수</translation>
    </message>
    <message>
        <source>%1 (0: %2)</source>
        <translation>%1 (0: %2)</translation>
    </message>
    <message>
        <source>on or off</source>
        <translation>켬 또는 끔</translation>
    </message>
    <message>
        <source>Measured with %5 threads: %1 M parameters, %2 GMACs at 256x256, trains %3 images/s (128x128), predicts a 512x512 image in %4 ms</source>
        <translation>스레드 %5개로 측정: 파라미터 %1 M, 256x256에서 %2 GMACs, 초당 이미지 %3장 학습(128x128), 512x512 이미지 예측에 %4 ms</translation>
    </message>
    <message>
        <source>%1; validation mIoU not measured yet.</source>
        <translation>%1; 검증 mIoU는 아직 측정되지 않았습니다.</translation>
    </message>
    <message>
        <source>the demo</source>
        <translation>데모 프로젝트</translation>
    </message>
    <message>
        <source>synthetic change pairs</source>
        <translation>합성 변화 이미지 쌍</translation>
    </message>
    <message numerus="yes">
        <source>%1; validation mIoU %2 on %3 after %4 minutes of training (%n epoch(s)).</source>
        <translation>
            <numerusform>%1; %3에서 %4분 학습(에포크 %n개) 후 검증 mIoU %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>on</source>
        <translation>켬</translation>
    </message>
    <message>
        <source>off</source>
        <translation>끔</translation>
    </message>
    <message>
        <source>Not measured yet in the model zoo.</source>
        <translation>모델 모음에서 아직 측정되지 않았습니다.</translation>
    </message>
    <message>
        <source>%1 M parameters · %2 GMACs · trains %3 img/s · %4 ms per 512² image</source>
        <translation>파라미터 %1 M · %2 GMACs · 학습 %3 img/s · 512² 이미지당 %4 ms</translation>
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
        <translation>이미지 또는 이미지 폴더의 마스크를 예측하여 이미지 이름을 딴 팔레트 PNG로
저장합니다(--overlay를 지정하면 마스크를 합성한 이미지도 --out 안의 overlays 폴더에
마스크와 따로 저장합니다).
변화 탐지 모델은 이미지 쌍을 받습니다: 이때 --input은 전 시점 이미지(또는 폴더)이고
--after는 후 시점 이미지(또는 이름으로 --input의 이미지와 짝을 이루는 폴더)입니다.
타일 크기보다 큰 이미지는 겹치는 타일로 나누어 예측합니다.</translation>
    </message>
    <message>
        <source>A checkpoint (best.pt or last.pt of a run) or a TorchScript model.</source>
        <translation>체크포인트(실행의 best.pt 또는 last.pt) 또는 TorchScript 모델.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>파일</translation>
    </message>
    <message>
        <source>An image, or a folder of images.</source>
        <translation>이미지 하나 또는 이미지 폴더.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>경로</translation>
    </message>
    <message>
        <source>Change detection: the after image, or a folder of after images named as --input&apos;s.</source>
        <translation>변화 탐지: 후 시점 이미지, 또는 --input과 같은 이름의 후 시점 이미지 폴더.</translation>
    </message>
    <message>
        <source>Folder for the masks (created if missing).</source>
        <translation>마스크를 저장할 폴더(없으면 만듦).</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>폴더</translation>
    </message>
    <message>
        <source>Also write overlays/&lt;name&gt;_overlay.png inside --out: the image with the mask blended in.</source>
        <translation>--out 안에 overlays/&lt;이름&gt;_overlay.png도 저장합니다: 마스크를 합성한 이미지.</translation>
    </message>
    <message>
        <source>Tile size for large images (default 512).</source>
        <translation>큰 이미지의 타일 크기(기본값 512).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>--checkpoint, --input and --out are required</source>
        <translation>--checkpoint, --input, --out을 지정해야 합니다</translation>
    </message>
    <message>
        <source>this model compares image pairs: give the after images with --after</source>
        <translation>이 모델은 이미지 쌍을 비교합니다: --after로 후 시점 이미지를 지정하십시오</translation>
    </message>
    <message>
        <source>--after is for change detection models; this one predicts single images</source>
        <translation>--after는 변화 탐지 모델용입니다. 이 모델은 단일 이미지를 예측합니다</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>경고: %1</translation>
    </message>
    <message>
        <source>Wrote %1 masks to %2</source>
        <translation>마스크 %1개를 %2에 저장했습니다</translation>
    </message>
</context>
<context>
    <name>ProcessLauncher</name>
    <message>
        <source>No free port on the loopback interface for the processes to meet on</source>
        <translation>프로세스끼리 연결할 루프백 인터페이스의 빈 포트가 없습니다</translation>
    </message>
    <message>
        <source>Could not start training process %1: %2</source>
        <translation>학습 프로세스 %1을(를) 시작할 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>RunsCommand</name>
    <message>
        <source>Lists a project&apos;s training runs (runs/&lt;id&gt;/) with their model, epochs and best validation mIoU, as the window&apos;s Runs list does.</source>
        <translation>프로젝트의 학습 실행(runs/&lt;id&gt;/)을 모델, 에포크, 최고 검증 mIoU와 함께 나열합니다. 창의 실행 목록과 같습니다.</translation>
    </message>
    <message>
        <source>Project folder or project.json.</source>
        <translation>프로젝트 폴더 또는 project.json.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>폴더</translation>
    </message>
    <message>
        <source>--data is required</source>
        <translation>--data를 지정해야 합니다</translation>
    </message>
    <message>
        <source>No runs in %1</source>
        <translation>%1에 실행이 없습니다</translation>
    </message>
    <message>
        <source>run</source>
        <translation>실행</translation>
    </message>
    <message>
        <source>model</source>
        <translation>모델</translation>
    </message>
    <message>
        <source>epochs</source>
        <translation>에포크</translation>
    </message>
    <message>
        <source>best mIoU</source>
        <translation>최고 mIoU</translation>
    </message>
    <message>
        <source>resumable</source>
        <translation>재개 가능</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>예</translation>
    </message>
    <message>
        <source>no</source>
        <translation>아니요</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>경고: %1</translation>
    </message>
</context>
<context>
    <name>RuntimeText</name>
    <message numerus="yes">
        <source>CUDA: %n device(s) usable</source>
        <translation>
            <numerusform>CUDA: 사용 가능한 장치 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>CUDA: built in, but no usable device</source>
        <translation>CUDA: 내장되어 있지만 사용 가능한 장치가 없음</translation>
    </message>
    <message>
        <source>CUDA: not available (this LibTorch is built for the CPU only)</source>
        <translation>CUDA: 사용할 수 없음(이 LibTorch는 CPU 전용으로 빌드됨)</translation>
    </message>
    <message>
        <source>Qt %1, LibTorch %2 (oneDNN %3), OpenCV %4</source>
        <translation>Qt %1, LibTorch %2(oneDNN %3), OpenCV %4</translation>
    </message>
    <message>
        <source>CPU features: %1; LibTorch&apos;s own kernels use %2</source>
        <translation>CPU 기능: %1; LibTorch 자체 커널은 %2 사용</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>알 수 없음</translation>
    </message>
    <message>
        <source>Threads: %1 of %2 hardware threads</source>
        <translation>스레드: 하드웨어 스레드 %2개 중 %1개</translation>
    </message>
    <message>
        <source>Licence: GNU General Public License, version 3 or later</source>
        <translation>라이선스: GNU 일반 공중 사용 허가서 버전 3 이상</translation>
    </message>
</context>
<context>
    <name>ScissorsTool</name>
    <message>
        <source>Intelligent scissors</source>
        <translation>지능형 가위</translation>
    </message>
    <message>
        <source>Scissors fill</source>
        <translation>지능형 가위 채우기</translation>
    </message>
</context>
<context>
    <name>ScoreCommand</name>
    <message>
        <source>Scored %1 mask pairs, %2 pixels</source>
        <translation>마스크 쌍 %1개, 픽셀 %2개를 평가했습니다</translation>
    </message>
    <message>
        <source>Classes were inferred from the mask values; give --classes to name them.</source>
        <translation>클래스는 마스크 값에서 추론했습니다. 이름을 붙이려면 --classes를 지정하십시오.</translation>
    </message>
    <message>
        <source>Scores predicted masks against ground-truth masks paired by file name: per-class
IoU, Dice, accuracy and precision; pixel accuracy, mean class accuracy, mIoU,
frequency-weighted IoU and mean Dice. Pixels marked 255 in the ground truth are ignored.</source>
        <translation>파일 이름으로 짝지은 정답 마스크와 예측 마스크를 비교해 평가합니다: 클래스별
IoU, Dice, 정확도, 정밀도; 픽셀 정확도, 평균 클래스 정확도, mIoU,
빈도 가중 IoU, 평균 Dice. 정답에서 255로 표시된 픽셀은 무시합니다.</translation>
    </message>
    <message>
        <source>Folder of predicted masks.</source>
        <translation>예측 마스크 폴더.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>폴더</translation>
    </message>
    <message>
        <source>Folder of ground-truth masks.</source>
        <translation>정답 마스크 폴더.</translation>
    </message>
    <message>
        <source>labels.txt or classes.json naming the classes (needed for colour masks).</source>
        <translation>클래스 이름을 정의하는 labels.txt 또는 classes.json(컬러 마스크에 필요).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>파일</translation>
    </message>
    <message>
        <source>Print the scores as JSON.</source>
        <translation>점수를 JSON으로 출력합니다.</translation>
    </message>
    <message>
        <source>Fail on the first missing or unreadable mask instead of skipping it.</source>
        <translation>누락되었거나 읽을 수 없는 마스크를 건너뛰지 않고 처음 발견할 때 실패합니다.</translation>
    </message>
    <message>
        <source>--pred and --gt are required</source>
        <translation>--pred와 --gt를 지정해야 합니다</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>예기치 않은 인수 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>경고: %1</translation>
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
        <translation>프로젝트의 학습 마스크를 스크리블로 대체합니다. 급하게 레이블링하는 사람이 칠하듯
각 객체에 획 하나, 배경에 몇 획을 긋고 나머지는 레이블 없음으로 둡니다.
검증 마스크는 그대로 유지되므로 실행은 완전한 정답으로 평가됩니다.
희소 레이블로 얼마나 학습되는지 측정하려면 새 프로젝트에서 실행하십시오:
  segstudio-cli demo --out demo5 &amp;&amp; segstudio-cli scribble demo5 --fraction 0.05</translation>
    </message>
    <message>
        <source>The project (folder or project.json).</source>
        <translation>프로젝트(폴더 또는 project.json).</translation>
    </message>
    <message>
        <source>Share of each image&apos;s pixels the scribbles cover, above 0 up to 1 (default %1); strokes widen until they reach it.</source>
        <translation>스크리블이 덮는 각 이미지 픽셀의 비율, 0 초과 1 이하(기본값 %1). 이 비율에 도달할 때까지 획이 넓어집니다.</translation>
    </message>
    <message>
        <source>f</source>
        <translation>f</translation>
    </message>
    <message>
        <source>Strokes across the background of each image (default %1).</source>
        <translation>각 이미지의 배경에 긋는 획 수(기본값 %1).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Random seed (default %1).</source>
        <translation>무작위 시드(기본값 %1).</translation>
    </message>
    <message>
        <source>k</source>
        <translation>k</translation>
    </message>
    <message>
        <source>give one project</source>
        <translation>프로젝트를 하나 지정하십시오</translation>
    </message>
    <message numerus="yes">
        <source>Scribbled %n training masks into %1: %2% of their pixels labelled, strokes %3 to %4 px wide</source>
        <translation>
            <numerusform>%1의 학습 마스크 %n개를 스크리블로 바꿨습니다: 픽셀의 %2%에 레이블 지정, 획 너비 %3~%4 px</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShapeTool</name>
    <message>
        <source>Lasso fill</source>
        <translation>올가미 채우기</translation>
    </message>
    <message>
        <source>Polygon fill</source>
        <translation>다각형 채우기</translation>
    </message>
</context>
<context>
    <name>StrokeTool</name>
    <message>
        <source>Erase</source>
        <translation>지우기</translation>
    </message>
    <message>
        <source>Brush stroke</source>
        <translation>브러시 획</translation>
    </message>
</context>
<context>
    <name>SuperpixelTool</name>
    <message>
        <source>Superpixel fill</source>
        <translation>슈퍼픽셀 채우기</translation>
    </message>
    <message>
        <source>Superpixels</source>
        <translation>슈퍼픽셀</translation>
    </message>
</context>
<context>
    <name>SynthCommand</name>
    <message>
        <source>Writes the synthetic-shapes demo dataset (images/, masks/, classes.json, labels.txt):
circles, rectangles, triangles and ellipses with masks of their kind.</source>
        <translation>합성 도형 데모 데이터셋(images/, masks/, classes.json, labels.txt)을 저장합니다:
원, 사각형, 삼각형, 타원과 도형 종류별 마스크.</translation>
    </message>
    <message>
        <source>Folder to write the dataset into (created if missing).</source>
        <translation>데이터셋을 저장할 폴더(없으면 만듦).</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>폴더</translation>
    </message>
    <message>
        <source>Number of images (default 500).</source>
        <translation>이미지 수(기본값 500).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Image size: S or WxH, 16 to 8192 (default 128).</source>
        <translation>이미지 크기: S 또는 WxH, 16~8192(기본값 128).</translation>
    </message>
    <message>
        <source>size</source>
        <translation>크기</translation>
    </message>
    <message>
        <source>Random seed; the same seed gives the same dataset (default 1).</source>
        <translation>무작위 시드. 같은 시드는 같은 데이터셋을 만듭니다(기본값 1).</translation>
    </message>
    <message>
        <source>k</source>
        <translation>k</translation>
    </message>
    <message>
        <source>Gaussian pixel noise sigma, 0 to 64 (default 6).</source>
        <translation>픽셀 가우스 노이즈의 시그마, 0~64(기본값 6).</translation>
    </message>
    <message>
        <source>sigma</source>
        <translation>시그마</translation>
    </message>
    <message>
        <source>Write change-detection pairs instead, in the LEVIR-CD layout (A/, B/, label/): shapes appear, vanish and move between the two images while their colours drift.</source>
        <translation>대신 LEVIR-CD 구조(A/, B/, label/)의 변화 탐지 이미지 쌍을 저장합니다: 두 이미지 사이에서 도형이 나타나고, 사라지고, 움직이며 색상이 조금씩 바뀝니다.</translation>
    </message>
    <message>
        <source>With --change: how far the after image&apos;s colours drift, 0 to 1 (default %1).</source>
        <translation>--change와 함께: 후 시점 이미지의 색상이 바뀌는 정도, 0~1(기본값 %1).</translation>
    </message>
    <message>
        <source>d</source>
        <translation>d</translation>
    </message>
    <message>
        <source>--out is required</source>
        <translation>--out을 지정해야 합니다</translation>
    </message>
    <message>
        <source>--size must be S or WxH with sides from 16 to 8192 (got &apos;%1&apos;)</source>
        <translation>--size는 변의 길이가 16~8192인 S 또는 WxH여야 합니다(입력값: &apos;%1&apos;)</translation>
    </message>
    <message>
        <source>--drift needs --change</source>
        <translation>--drift에는 --change가 필요합니다</translation>
    </message>
    <message>
        <source>synth: %1/%2 pairs</source>
        <translation>synth: 이미지 쌍 %1/%2</translation>
    </message>
    <message>
        <source>synth: %1/%2 images</source>
        <translation>synth: 이미지 %1/%2장</translation>
    </message>
    <message>
        <source>Wrote %1 image pairs of %2x%3 with change masks to %4</source>
        <translation>%2x%3 이미지 쌍 %1개와 변화 마스크를 %4에 저장했습니다</translation>
    </message>
    <message>
        <source>Wrote %1 images of %2x%3 with masks to %4</source>
        <translation>%2x%3 이미지 %1장과 마스크를 %4에 저장했습니다</translation>
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
        <translation>%1, 약 %2 남음</translation>
    </message>
</context>
<context>
    <name>TrainCommand</name>
    <message>
        <source>Trains a segmentation model on a dataset or project. Writes the run folder:
config.json, metrics.csv, log.txt, checkpoints/last.pt and best.pt.
Ctrl-C or SIGTERM stops after the current iteration and keeps a checkpoint to --resume from; SIGUSR1 pauses and SIGUSR2 continues.</source>
        <translation>데이터셋 또는 프로젝트에서 세그멘테이션 모델을 학습합니다. 실행 폴더에 다음을 저장합니다:
config.json, metrics.csv, log.txt, checkpoints/last.pt, best.pt.
Ctrl-C 또는 SIGTERM은 현재 반복 후 중지하고 --resume으로 이어서 학습할 체크포인트를 남깁니다. SIGUSR1은 일시 중지, SIGUSR2는 계속합니다.</translation>
    </message>
    <message>
        <source>Dataset folder or project (folder or project.json).</source>
        <translation>데이터셋 폴더 또는 프로젝트(폴더 또는 project.json).</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>폴더</translation>
    </message>
    <message>
        <source>Run folder to create (or continue, with --resume).</source>
        <translation>만들(또는 --resume으로 이어서 학습할) 실행 폴더.</translation>
    </message>
    <message>
        <source>Continue from a checkpoint (its run&apos;s last.pt).</source>
        <translation>체크포인트(해당 실행의 last.pt)에서 이어서 학습합니다.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>파일</translation>
    </message>
    <message>
        <source>Start from a config.json (options below override it).</source>
        <translation>config.json에서 시작합니다(아래 옵션이 우선함).</translation>
    </message>
    <message>
        <source>Start the backbone from these weights: a SegStudio checkpoint or a PyTorch state dict (torchvision&apos;s ResNet names work).</source>
        <translation>백본을 이 가중치로 초기화합니다: SegStudio 체크포인트 또는 PyTorch state dict(torchvision의 ResNet 이름 사용 가능).</translation>
    </message>
    <message>
        <source>Epochs to train.</source>
        <translation>학습할 에포크 수.</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Batch size.</source>
        <translation>배치 크기.</translation>
    </message>
    <message>
        <source>Square training crop in pixels; 0 trains on whole images.</source>
        <translation>픽셀 단위 정사각형 학습 크롭. 0이면 전체 이미지로 학습합니다.</translation>
    </message>
    <message>
        <source>Learning rate.</source>
        <translation>학습률.</translation>
    </message>
    <message>
        <source>rate</source>
        <translation>학습률</translation>
    </message>
    <message>
        <source>adam, adamw or sgd.</source>
        <translation>adam, adamw 또는 sgd.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Weight decay.</source>
        <translation>가중치 감쇠.</translation>
    </message>
    <message>
        <source>w</source>
        <translation>w</translation>
    </message>
    <message>
        <source>ce, dice, ce_dice, focal or lovasz.</source>
        <translation>ce, dice, ce_dice, focal 또는 lovasz.</translation>
    </message>
    <message>
        <source>Cross-entropy weight per class, comma-separated, e.g. 0.5,1,1.</source>
        <translation>클래스별 교차 엔트로피 가중치, 쉼표로 구분. 예: 0.5,1,1.</translation>
    </message>
    <message>
        <source>w,w,...</source>
        <translation>w,w,...</translation>
    </message>
    <message>
        <source>Cross-entropy label smoothing, 0 to 0.5.</source>
        <translation>교차 엔트로피 레이블 스무딩, 0~0.5.</translation>
    </message>
    <message>
        <source>s</source>
        <translation>s</translation>
    </message>
    <message>
        <source>Focal loss focusing parameter.</source>
        <translation>Focal 손실의 집중 파라미터.</translation>
    </message>
    <message>
        <source>g</source>
        <translation>g</translation>
    </message>
    <message>
        <source>ce_dice: weight of the Dice term.</source>
        <translation>ce_dice: Dice 항의 가중치.</translation>
    </message>
    <message>
        <source>For scribbled (partial) masks: weight of the dense-CRF regularised loss (Tang et al. 2018), which spreads labels up to the image&apos;s edges; 0 is off (default).</source>
        <translation>스크리블(부분) 마스크용: 레이블을 이미지의 경계선까지 퍼뜨리는 밀집 CRF 정규화 손실(Tang 외, 2018)의 가중치. 0은 사용 안 함(기본값).</translation>
    </message>
    <message>
        <source>The CRF loss kernel&apos;s width in pixels (%1).</source>
        <translation>CRF 손실 커널의 픽셀 단위 폭(%1).</translation>
    </message>
    <message>
        <source>px</source>
        <translation>px</translation>
    </message>
    <message>
        <source>The CRF loss kernel&apos;s width in intensity levels (%1).</source>
        <translation>CRF 손실 커널의 밝기 단계 단위 폭(%1).</translation>
    </message>
    <message>
        <source>levels</source>
        <translation>단계</translation>
    </message>
    <message>
        <source>poly, cosine, step or constant.</source>
        <translation>poly, cosine, step 또는 constant.</translation>
    </message>
    <message>
        <source>Linear warm-up iterations.</source>
        <translation>선형 워밍업 반복 횟수.</translation>
    </message>
    <message>
        <source>Random scale range, e.g. 0.75,1.5.</source>
        <translation>무작위 스케일 범위. 예: 0.75,1.5.</translation>
    </message>
    <message>
        <source>min,max</source>
        <translation>최소,최대</translation>
    </message>
    <message>
        <source>Random rotation up to this many degrees.</source>
        <translation>최대 이 각도까지 무작위 회전.</translation>
    </message>
    <message>
        <source>deg</source>
        <translation>각도</translation>
    </message>
    <message>
        <source>Colour jitter strength (brightness, contrast, saturation), 0 to 1.</source>
        <translation>색상 지터 강도(밝기, 대비, 채도), 0~1.</translation>
    </message>
    <message>
        <source>Adversarial training (Luc et al. 2016): a discriminator learns to tell ground truth from predictions, and the model learns to fool it.</source>
        <translation>적대적 학습(Luc 외, 2016): 판별기는 정답과 예측을 구별하도록 학습하고, 모델은 판별기를 속이도록 학습합니다.</translation>
    </message>
    <message>
        <source>Weight of the adversarial term next to the segmentation loss (%1).</source>
        <translation>세그멘테이션 손실 대비 적대적 항의 가중치(%1).</translation>
    </message>
    <message>
        <source>The discriminator&apos;s learning rate (%1).</source>
        <translation>판별기의 학습률(%1).</translation>
    </message>
    <message>
        <source>No random horizontal flips.</source>
        <translation>무작위 좌우 반전을 하지 않습니다.</translation>
    </message>
    <message>
        <source>Random vertical flips too (for data without an up and down).</source>
        <translation>무작위 상하 반전도 적용합니다(위아래 구분이 없는 데이터용).</translation>
    </message>
    <message>
        <source>LibTorch threads (%1).</source>
        <translation>LibTorch 스레드 수(%1).</translation>
    </message>
    <message>
        <source>all cores</source>
        <translation>모든 코어</translation>
    </message>
    <message>
        <source>Random seed.</source>
        <translation>무작위 시드.</translation>
    </message>
    <message>
        <source>k</source>
        <translation>k</translation>
    </message>
    <message>
        <source>auto, cpu or cuda.</source>
        <translation>auto, cpu 또는 cuda.</translation>
    </message>
    <message>
        <source>Data-parallel training in this many processes on this machine, each with --batch images a step (set --threads to share the cores). Started by torchrun, srun or another launcher, the processes read RANK, WORLD_SIZE, LOCAL_RANK, MASTER_ADDR and MASTER_PORT instead.</source>
        <translation>이 머신에서 이 수만큼의 프로세스로 데이터 병렬 학습을 하며, 각 프로세스는 스텝마다 이미지 --batch장을 처리합니다(코어를 나누려면 --threads 설정). torchrun, srun 등의 런처로 시작하면 프로세스는 대신 RANK, WORLD_SIZE, LOCAL_RANK, MASTER_ADDR, MASTER_PORT를 읽습니다.</translation>
    </message>
    <message>
        <source>Data-parallel communication: gloo (CPU) or nccl (CUDA).</source>
        <translation>데이터 병렬 통신: gloo(CPU) 또는 nccl(CUDA).</translation>
    </message>
    <message>
        <source>Validation share when the dataset has no split files (%1).</source>
        <translation>데이터셋에 분할 파일이 없을 때의 검증 비율(%1).</translation>
    </message>
    <message>
        <source>f</source>
        <translation>f</translation>
    </message>
    <message>
        <source>--data is required</source>
        <translation>--data를 지정해야 합니다</translation>
    </message>
    <message>
        <source>--out is required (or --resume a checkpoint)</source>
        <translation>--out을 지정해야 합니다(또는 --resume으로 체크포인트 지정)</translation>
    </message>
    <message>
        <source>--adversarial-weight and --discriminator-lr need --adversarial</source>
        <translation>--adversarial-weight와 --discriminator-lr에는 --adversarial이 필요합니다</translation>
    </message>
    <message>
        <source>--scale takes two numbers, e.g. 0.75,1.5</source>
        <translation>--scale에는 숫자 두 개가 필요합니다. 예: 0.75,1.5</translation>
    </message>
    <message>
        <source>--class-weights takes numbers, e.g. 0.5,1,1</source>
        <translation>--class-weights에는 숫자가 필요합니다. 예: 0.5,1,1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>경고: %1</translation>
    </message>
    <message>
        <source>--backend is gloo or nccl</source>
        <translation>--backend는 gloo 또는 nccl이어야 합니다</translation>
    </message>
    <message>
        <source>Finished: best mIoU %1 at epoch %2; checkpoints in %3</source>
        <translation>완료: 에포크 %2에서 최고 mIoU %1. 체크포인트 위치: %3</translation>
    </message>
    <message>
        <source>Stopped after %1 complete epochs. Continue with: --resume %2</source>
        <translation>에포크 %1개를 완료한 후 중지했습니다. 이어서 학습하려면: --resume %2</translation>
    </message>
    <message>
        <source>rank %1: </source>
        <translation>랭크 %1: </translation>
    </message>
    <message>
        <source>Training failed: %1</source>
        <translation>학습 실패: %1</translation>
    </message>
</context>
<context>
    <name>seg::ui::Annotator</name>
    <message>
        <source>&lt;opened&gt;</source>
        <translation>&lt;열었을 때&gt;</translation>
    </message>
    <message>
        <source>Pre-label with model</source>
        <translation>모델로 사전 레이블링</translation>
    </message>
    <message>
        <source>Pre-labelled %1 with %2: correct what is wrong.</source>
        <translation>%1을(를) %2(으)로 사전 레이블링했습니다: 틀린 부분을 수정하십시오.</translation>
    </message>
    <message>
        <source>Painting Tools</source>
        <translation>그리기 도구</translation>
    </message>
    <message>
        <source>Painting Options</source>
        <translation>그리기 옵션</translation>
    </message>
    <message>
        <source>Brush</source>
        <translation>브러시</translation>
    </message>
    <message>
        <source>Paint the current class; Shift+click draws a straight line</source>
        <translation>현재 클래스로 칠합니다. Shift+클릭으로 직선을 그립니다</translation>
    </message>
    <message>
        <source>Eraser</source>
        <translation>지우개</translation>
    </message>
    <message>
        <source>Make pixels unlabelled again</source>
        <translation>픽셀을 다시 레이블 없음으로 만듭니다</translation>
    </message>
    <message>
        <source>Fill</source>
        <translation>채우기</translation>
    </message>
    <message>
        <source>Fill the region of similar colour under the click</source>
        <translation>클릭한 곳에서 비슷한 색의 영역을 채웁니다</translation>
    </message>
    <message>
        <source>Polygon</source>
        <translation>다각형</translation>
    </message>
    <message>
        <source>Click the corners; double-click or Enter fills</source>
        <translation>꼭짓점을 클릭합니다. 더블클릭하거나 Enter를 누르면 채웁니다</translation>
    </message>
    <message>
        <source>Lasso</source>
        <translation>올가미</translation>
    </message>
    <message>
        <source>Drag around an area to fill it</source>
        <translation>영역을 둘러싸도록 드래그하여 채웁니다</translation>
    </message>
    <message>
        <source>Rectangle</source>
        <translation>사각형</translation>
    </message>
    <message>
        <source>Drag to fill a rectangle</source>
        <translation>드래그하여 사각형을 채웁니다</translation>
    </message>
    <message>
        <source>Pick Class</source>
        <translation>클래스 스포이트</translation>
    </message>
    <message>
        <source>Click a pixel to paint with its class (or Alt+click with any tool)</source>
        <translation>픽셀을 클릭하면 그 클래스로 칠합니다(어느 도구에서나 Alt+클릭도 가능)</translation>
    </message>
    <message>
        <source>GrabCut</source>
        <translation>GrabCut</translation>
    </message>
    <message>
        <source>Drag a box around an object; labels inside the box guide it (the current class as object, others as background)</source>
        <translation>객체 주위로 상자를 드래그합니다. 상자 안의 레이블이 결과를 유도합니다(현재 클래스는 객체, 다른 클래스는 배경)</translation>
    </message>
    <message>
        <source>Superpixel</source>
        <translation>슈퍼픽셀</translation>
    </message>
    <message>
        <source>Click to fill the superpixel (a patch of similar colour) under the cursor</source>
        <translation>클릭하면 커서 아래의 슈퍼픽셀(비슷한 색의 작은 영역)을 채웁니다</translation>
    </message>
    <message>
        <source>Scissors</source>
        <translation>지능형 가위</translation>
    </message>
    <message>
        <source>Click points along an object&apos;s edge; the path follows the edges; double-click closes and fills</source>
        <translation>객체의 경계선을 따라 점을 클릭합니다. 경로가 경계선을 따라가며, 더블클릭하면 닫고 채웁니다</translation>
    </message>
    <message>
        <source>Accept in Box</source>
        <translation>상자 안 수락</translation>
    </message>
    <message>
        <source>Live mode: drag a box; the live prediction fills the unlabelled pixels inside it</source>
        <translation>실시간 모드: 상자를 드래그하면 상자 안의 레이블 없는 픽셀을 실시간 예측으로 채웁니다</translation>
    </message>
    <message>
        <source> Size </source>
        <translation> 크기 </translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Brush size: [ and ], or Ctrl+wheel</source>
        <translation>브러시 크기: [ 및 ], 또는 Ctrl+휠</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>원형</translation>
    </message>
    <message>
        <source>Square</source>
        <translation>정사각형</translation>
    </message>
    <message>
        <source> Paint over </source>
        <translation> 덧칠 대상 </translation>
    </message>
    <message>
        <source>anything</source>
        <translation>모든 픽셀</translation>
    </message>
    <message>
        <source>unlabelled only</source>
        <translation>레이블 없는 픽셀만</translation>
    </message>
    <message>
        <source>the picked class only</source>
        <translation>선택한 클래스만</translation>
    </message>
    <message>
        <source>Which pixels strokes and fills may change</source>
        <translation>획과 채우기로 바꿀 수 있는 픽셀</translation>
    </message>
    <message>
        <source> Tolerance </source>
        <translation> 허용 오차 </translation>
    </message>
    <message>
        <source>Fill: how far a colour may be from the clicked pixel&apos;s</source>
        <translation>채우기: 클릭한 픽셀의 색과 허용되는 색 차이</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>실행 취소(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>다시 실행(&amp;R)</translation>
    </message>
    <message>
        <source>Fill Unlabelled with Current Class</source>
        <translation>레이블 없는 영역을 현재 클래스로 채우기</translation>
    </message>
    <message>
        <source>Replace Class...</source>
        <translation>클래스 바꾸기...</translation>
    </message>
    <message>
        <source>Turn every pixel of one class into another in this mask</source>
        <translation>이 마스크에서 한 클래스의 모든 픽셀을 다른 클래스로 바꿉니다</translation>
    </message>
    <message>
        <source>Replace Class</source>
        <translation>클래스 바꾸기</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>바꿀 클래스</translation>
    </message>
    <message>
        <source>with</source>
        <translation>새 클래스</translation>
    </message>
    <message>
        <source>Pre-label with Model</source>
        <translation>모델로 사전 레이블링</translation>
    </message>
    <message>
        <source>Run a trained model on this image; its prediction fills the unlabelled pixels</source>
        <translation>이 이미지에 학습된 모델을 실행하여, 예측 결과로 레이블 없는 픽셀을 채웁니다</translation>
    </message>
    <message>
        <source>Grow Labels to Edges</source>
        <translation>레이블을 경계선까지 확장</translation>
    </message>
    <message>
        <source>Watershed: every unlabelled pixel takes the class of the scribble that reaches it first along the image&apos;s edges</source>
        <translation>워터셰드: 레이블 없는 각 픽셀은 이미지의 경계선을 따라 가장 먼저 도달하는 스크리블의 클래스를 갖습니다</translation>
    </message>
    <message>
        <source>Replace class</source>
        <translation>클래스 바꾸기</translation>
    </message>
    <message>
        <source>Predicting %1 with %2...</source>
        <translation>%2(으)로 %1 예측 중...</translation>
    </message>
    <message>
        <source>Scribble a few strokes of each class first.</source>
        <translation>먼저 각 클래스에 몇 획씩 스크리블하십시오.</translation>
    </message>
    <message>
        <source>Grow labels</source>
        <translation>레이블 확장</translation>
    </message>
    <message>
        <source>Growing the labels of %1</source>
        <translation>%1의 레이블 확장</translation>
    </message>
    <message>
        <source>%1 stays open: its edits could not be saved.</source>
        <translation>%1이(가) 열린 상태로 유지됩니다: 편집 내용을 저장할 수 없습니다.</translation>
    </message>
    <message>
        <source>Opening %1</source>
        <translation>%1 여는 중</translation>
    </message>
    <message numerus="yes">
        <source>Recovered %n unsaved edit(s) of %1 from the autosave journal.</source>
        <translation>
            <numerusform>자동 저장 저널에서 %1의 저장되지 않은 편집 %n개를 복구했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>The mask of %1 was not saved: %2
Its edits are kept in the autosave journal and come back when the image is opened again.</source>
        <translation>%1의 마스크를 저장하지 못했습니다: %2
편집 내용은 자동 저장 저널에 보관되며 이미지를 다시 열면 복구됩니다.</translation>
    </message>
    <message>
        <source>The mask of %1 was not saved: %2
The image stays open so that its edits are not lost; free the folder and save again.</source>
        <translation>%1의 마스크를 저장하지 못했습니다: %2
편집 내용을 잃지 않도록 이미지를 열어 둡니다. 폴더에 쓸 수 있게 한 다음 다시 저장하십시오.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1을(를) 저장했습니다</translation>
    </message>
    <message>
        <source>%1 has no labels left: it counts as unlabelled again.</source>
        <translation>%1에 남은 레이블이 없습니다: 다시 레이블 없는 이미지로 간주됩니다.</translation>
    </message>
    <message>
        <source>Fill unlabelled</source>
        <translation>레이블 없는 영역 채우기</translation>
    </message>
</context>
<context>
    <name>seg::ui::BatchPredictionDialog</name>
    <message>
        <source>Batch Prediction</source>
        <translation>일괄 예측</translation>
    </message>
    <message>
        <source> (mIoU %1)</source>
        <translation> (mIoU %1)</translation>
    </message>
    <message>
        <source>Other Model...</source>
        <translation>다른 모델...</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>모델:</translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation>찾아보기...</translation>
    </message>
    <message>
        <source>Choose a Folder</source>
        <translation>폴더 선택</translation>
    </message>
    <message>
        <source>Images (a folder, or one file):</source>
        <translation>이미지(폴더 또는 파일 하나):</translation>
    </message>
    <message>
        <source>only for change detection models</source>
        <translation>변화 탐지 모델 전용</translation>
    </message>
    <message>
        <source>A change detection model compares two dates: the after image, or a folder of after images named as the images above</source>
        <translation>변화 탐지 모델은 두 시점을 비교합니다: 후 시점 이미지, 또는 위 이미지와 같은 이름의 후 시점 이미지 폴더</translation>
    </message>
    <message>
        <source>After images (change pairs):</source>
        <translation>후 시점 이미지(변화 쌍):</translation>
    </message>
    <message>
        <source>Masks to folder:</source>
        <translation>마스크 저장 폴더:</translation>
    </message>
    <message>
        <source>Also write overlays (the image with its mask blended in)</source>
        <translation>오버레이도 저장(마스크를 합성한 이미지)</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Larger images are predicted in overlapping tiles of this size</source>
        <translation>큰 이미지는 이 크기의 겹치는 타일로 나누어 예측합니다</translation>
    </message>
    <message>
        <source>Tile size:</source>
        <translation>타일 크기:</translation>
    </message>
    <message>
        <source>Post-processing:</source>
        <translation>후처리:</translation>
    </message>
    <message>
        <source>Predict</source>
        <translation>예측</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>중지</translation>
    </message>
    <message>
        <source>Choose a Model</source>
        <translation>모델 선택</translation>
    </message>
    <message>
        <source>Models (*.pt *.pth *.torchscript);;All files (*)</source>
        <translation>모델 (*.pt *.pth *.torchscript);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Stopped: wrote %1 of %2 masks to %3</source>
        <translation>중지됨: 마스크 %2개 중 %1개를 %3에 저장했습니다</translation>
    </message>
    <message>
        <source>Wrote %1 masks to %2</source>
        <translation>마스크 %1개를 %2에 저장했습니다</translation>
    </message>
    <message>
        <source>Predicting %1</source>
        <translation>%1 예측 중</translation>
    </message>
</context>
<context>
    <name>seg::ui::ChangeFoldersDialog</name>
    <message>
        <source>Folders of the Change Pairs</source>
        <translation>변화 쌍의 폴더</translation>
    </message>
    <message>
        <source>SegStudio does not recognise the layout of %1. If it holds change pairs (two images of the same place at two dates, matched by file name, and masks of what changed), choose its folders.</source>
        <translation>SegStudio가 %1의 구조를 인식하지 못했습니다. 변화 쌍(같은 장소를 두 시점에 촬영하여 파일 이름으로 짝지은 이미지와, 변화를 나타내는 마스크)이 들어 있다면 해당 폴더를 선택하십시오.</translation>
    </message>
    <message>
        <source>(none: no labels yet)</source>
        <translation>(없음: 아직 레이블 없음)</translation>
    </message>
    <message>
        <source>Before images:</source>
        <translation>전 시점 이미지:</translation>
    </message>
    <message>
        <source>After images:</source>
        <translation>후 시점 이미지:</translation>
    </message>
    <message>
        <source>Change masks (0 unchanged, 255 change):</source>
        <translation>변화 마스크(0 변화 없음, 255 변화):</translation>
    </message>
    <message>
        <source>The folder needs at least two subfolders: the before and after images.</source>
        <translation>이 폴더에는 하위 폴더가 두 개 이상 필요합니다: 전 시점 이미지와 후 시점 이미지.</translation>
    </message>
    <message>
        <source>The before and after images must be in different folders.</source>
        <translation>전 시점 이미지와 후 시점 이미지는 서로 다른 폴더에 있어야 합니다.</translation>
    </message>
    <message>
        <source>The change masks must be in a folder of their own.</source>
        <translation>변화 마스크는 별도의 폴더에 있어야 합니다.</translation>
    </message>
</context>
<context>
    <name>seg::ui::ClassEditorDialog</name>
    <message>
        <source>Edit Classes</source>
        <translation>클래스 편집</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>색상</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>추가(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>제거(&amp;R)</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>위로 이동(&amp;U)</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>아래로 이동(&amp;D)</translation>
    </message>
    <message>
        <source>Double-click to change the colour</source>
        <translation>더블클릭하여 색상 변경</translation>
    </message>
    <message>
        <source>class %1</source>
        <translation>클래스 %1</translation>
    </message>
    <message>
        <source>Colour of %1</source>
        <translation>%1의 색상</translation>
    </message>
    <message>
        <source>Every mask keeps its meaning: masks are rewritten only if classes move.</source>
        <translation>모든 마스크의 의미는 유지됩니다: 클래스 순서가 바뀔 때만 마스크를 다시 씁니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n removed class(es): their pixels become unlabelled in every mask.</source>
        <translation>
            <numerusform>제거한 클래스 %n개: 모든 마스크에서 해당 픽셀이 레이블 없음이 됩니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>seg::ui::ClassFrequencyChart</name>
    <message>
        <source>Share, %</source>
        <translation>비율, %</translation>
    </message>
    <message>
        <source>Open a project to see how often each class occurs.</source>
        <translation>프로젝트를 열면 각 클래스가 얼마나 자주 나타나는지 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>Counting class pixels...</source>
        <translation>클래스 픽셀 세는 중...</translation>
    </message>
    <message>
        <source>Counting class pixels</source>
        <translation>클래스 픽셀 세기</translation>
    </message>
    <message>
        <source>No labelled pixels yet.</source>
        <translation>아직 레이블된 픽셀이 없습니다.</translation>
    </message>
    <message>
        <source>%1 labelled pixels; %2 unlabelled (ignored).</source>
        <translation>레이블된 픽셀 %1개, 레이블 없는 픽셀 %2개(무시됨).</translation>
    </message>
</context>
<context>
    <name>seg::ui::ClassNamesDialog</name>
    <message>
        <source>Classes of the New Project</source>
        <translation>새 프로젝트의 클래스</translation>
    </message>
    <message>
        <source>One class per line, background first. Pixels you do not paint stay unlabelled, so no class is needed for them. Project &gt; Edit Classes changes them later.</source>
        <translation>한 줄에 클래스 하나씩, 배경을 맨 처음에 입력합니다. 칠하지 않은 픽셀은 레이블 없음으로 남으므로 별도의 클래스가 필요 없습니다. 나중에 프로젝트 &gt; 클래스 편집에서 바꿀 수 있습니다.</translation>
    </message>
    <message>
        <source>background</source>
        <translation>배경</translation>
    </message>
    <message>
        <source>object</source>
        <translation>객체</translation>
    </message>
    <message>
        <source>Load labels.txt...</source>
        <translation>labels.txt 불러오기...</translation>
    </message>
    <message>
        <source>Load Class Names</source>
        <translation>클래스 이름 불러오기</translation>
    </message>
    <message>
        <source>Label lists (*.txt)</source>
        <translation>레이블 목록 (*.txt)</translation>
    </message>
    <message>
        <source>Name at least one class.</source>
        <translation>클래스 이름을 하나 이상 입력하십시오.</translation>
    </message>
    <message>
        <source>At most %1 classes.</source>
        <translation>클래스는 최대 %1개입니다.</translation>
    </message>
    <message>
        <source>Each class needs its own name.</source>
        <translation>클래스마다 서로 다른 이름이 필요합니다.</translation>
    </message>
</context>
<context>
    <name>seg::ui::ClassPalette</name>
    <message>
        <source>Unlabelled: %1 px</source>
        <translation>레이블 없음: %1 px</translation>
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
        <translation>모델(최대 %1개 체크)</translation>
    </message>
    <message>
        <source>Add Model File...</source>
        <translation>모델 파일 추가...</translation>
    </message>
    <message>
        <source>A SegStudio checkpoint or a TorchScript model saved from PyTorch</source>
        <translation>SegStudio 체크포인트 또는 PyTorch에서 저장한 TorchScript 모델</translation>
    </message>
    <message>
        <source>Add a Model</source>
        <translation>모델 추가</translation>
    </message>
    <message>
        <source>Models (*.pt *.pth *.torchscript);;All files (*)</source>
        <translation>모델 (*.pt *.pth *.torchscript);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>At most %1 models are compared at once</source>
        <translation>한 번에 최대 %1개 모델을 비교할 수 있습니다</translation>
    </message>
    <message>
        <source>This Image</source>
        <translation>이 이미지</translation>
    </message>
    <message>
        <source>Validation Images</source>
        <translation>검증 이미지</translation>
    </message>
    <message>
        <source>Validation Metrics</source>
        <translation>검증 지표</translation>
    </message>
    <message>
        <source>%1 knows other classes than this project: its metrics are not shown</source>
        <translation>%1의 클래스가 이 프로젝트와 다릅니다: 지표를 표시하지 않습니다</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>표시:</translation>
    </message>
    <message>
        <source>Prediction</source>
        <translation>예측</translation>
    </message>
    <message>
        <source>Errors against ground truth</source>
        <translation>정답 대비 오류</translation>
    </message>
    <message>
        <source>Confidence (top probability)</source>
        <translation>신뢰도(최고 확률)</translation>
    </message>
    <message>
        <source>Uncertainty (entropy)</source>
        <translation>불확실성(엔트로피)</translation>
    </message>
    <message>
        <source>Probability of a class</source>
        <translation>클래스 확률</translation>
    </message>
    <message>
        <source>Disagreement of two models</source>
        <translation>두 모델의 불일치</translation>
    </message>
    <message>
        <source>The class whose probability is shown</source>
        <translation>확률을 표시할 클래스</translation>
    </message>
    <message>
        <source>First model of the disagreement map</source>
        <translation>불일치 맵의 첫 번째 모델</translation>
    </message>
    <message>
        <source>Second model of the disagreement map</source>
        <translation>불일치 맵의 두 번째 모델</translation>
    </message>
    <message>
        <source>Opacity:</source>
        <translation>불투명도:</translation>
    </message>
    <message>
        <source>Ground truth outlines</source>
        <translation>정답 윤곽선</translation>
    </message>
    <message>
        <source>Draw the ground truth&apos;s outlines over every model&apos;s pane</source>
        <translation>모든 모델 패널 위에 정답의 윤곽선을 그립니다</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>클래스</translation>
    </message>
    <message>
        <source>Classes shown in the ground truth and the predictions</source>
        <translation>정답과 예측에 표시할 클래스</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>맞춤</translation>
    </message>
    <message>
        <source>Show the whole image in every pane</source>
        <translation>모든 패널에 이미지 전체를 표시합니다</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>전 시점</translation>
    </message>
    <message>
        <source>After</source>
        <translation>후 시점</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>이미지</translation>
    </message>
    <message>
        <source>Ground truth</source>
        <translation>정답</translation>
    </message>
    <message>
        <source>Disagreement</source>
        <translation>불일치</translation>
    </message>
    <message>
        <source>Choose an image in the Images list</source>
        <translation>이미지 목록에서 이미지를 선택하십시오</translation>
    </message>
    <message>
        <source>Ground truth (none: the image is unlabelled)</source>
        <translation>정답(없음: 레이블 없는 이미지)</translation>
    </message>
    <message>
        <source>%1 (predicting...)</source>
        <translation>%1 (예측 중...)</translation>
    </message>
    <message>
        <source>%1 (loading...)</source>
        <translation>%1 (불러오는 중...)</translation>
    </message>
    <message>
        <source>%1 (no ground truth to compare with)</source>
        <translation>%1 (비교할 정답 없음)</translation>
    </message>
    <message>
        <source>Tick two models and choose two different ones above</source>
        <translation>모델 두 개를 체크하고 위에서 서로 다른 두 모델을 고르십시오</translation>
    </message>
    <message>
        <source>Disagreement: %1 vs %2</source>
        <translation>불일치: %1 대 %2</translation>
    </message>
    <message>
        <source>Waiting for both predictions...</source>
        <translation>두 예측을 기다리는 중...</translation>
    </message>
    <message>
        <source>Disagreement: %1 vs %2 (%3% of pixels differ)</source>
        <translation>불일치: %1 대 %2(픽셀의 %3%가 다름)</translation>
    </message>
    <message>
        <source>Pixel accuracy %</source>
        <translation>픽셀 정확도 %</translation>
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
        <translation>이 이미지에서 가장 좋은 모델</translation>
    </message>
    <message>
        <source>(0 sure, 1 a uniform guess)</source>
        <translation>(0 확실, 1 균등 추측)</translation>
    </message>
    <message>
        <source>(probability)</source>
        <translation>(확률)</translation>
    </message>
    <message>
        <source>ignored</source>
        <translation>무시됨</translation>
    </message>
    <message>
        <source>x %1, y %2</source>
        <translation>x %1, y %2</translation>
    </message>
    <message>
        <source>ground truth: %1</source>
        <translation>정답: %1</translation>
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
        <translation>한 번에 최대 %1개 모델을 비교할 수 있습니다: 먼저 하나를 체크 해제하십시오</translation>
    </message>
</context>
<context>
    <name>seg::ui::DatasetListModel</name>
    <message>
        <source>%1
%2% unsure</source>
        <extracomment>Under an image&apos;s name in the images list: how unsure the model is about it.</extracomment>
        <translation>%1
%2% 불확실</translation>
    </message>
    <message>
        <source>%1
Mean uncertainty of the model&apos;s prediction: %2 (0 sure, 1 a guess)</source>
        <translation>%1
모델 예측의 평균 불확실성: %2(0 확실, 1 추측)</translation>
    </message>
    <message>
        <source>Thumbnail of %1</source>
        <translation>%1 썸네일</translation>
    </message>
</context>
<context>
    <name>seg::ui::DemoProjectJob</name>
    <message>
        <source>Creating the demo project (synthetic shapes)...</source>
        <translation>데모 프로젝트(합성 도형)를 만드는 중...</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Demo project</source>
        <translation>데모 프로젝트</translation>
    </message>
    <message>
        <source>Creating the demo project was cancelled.</source>
        <translation>데모 프로젝트 만들기가 취소되었습니다.</translation>
    </message>
</context>
<context>
    <name>seg::ui::DenseCrfButton</name>
    <message>
        <source>Dense CRF</source>
        <translation>밀집 CRF</translation>
    </message>
    <message>
        <source>CRF Settings…</source>
        <translation>CRF 설정…</translation>
    </message>
    <message>
        <source>Refine every model&apos;s prediction with a fully connected CRF (%1 iterations; appearance %2, %3 px, %4; smoothness %5, %6 px). Slower: each image takes longer to predict and score.</source>
        <translation>완전 연결 CRF로 모든 모델의 예측을 다듬습니다(반복 %1회; 외관 %2, %3 px, %4; 평활 %5, %6 px). 더 느림: 이미지마다 예측과 평가에 시간이 더 걸립니다.</translation>
    </message>
</context>
<context>
    <name>seg::ui::DenseCrfDialog</name>
    <message>
        <source>Dense CRF Settings</source>
        <translation>밀집 CRF 설정</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>In 8-bit intensity levels</source>
        <translation>8비트 밝기 단계 단위</translation>
    </message>
    <message>
        <source>A fully connected CRF refines every model&apos;s probabilities: pixels close in position and colour lean to the same class (appearance), and so do neighbours (smoothness).</source>
        <translation>완전 연결 CRF가 모든 모델의 확률을 다듬습니다: 위치와 색이 가까운 픽셀은 같은 클래스가 되는 경향이 있으며(외관), 이웃 픽셀도 마찬가지입니다(평활).</translation>
    </message>
    <message>
        <source>Mean-field iterations</source>
        <translation>평균장 반복 횟수</translation>
    </message>
    <message>
        <source>Appearance weight</source>
        <translation>외관 가중치</translation>
    </message>
    <message>
        <source>Appearance spatial width</source>
        <translation>외관 공간 폭</translation>
    </message>
    <message>
        <source>Appearance colour width</source>
        <translation>외관 색상 폭</translation>
    </message>
    <message>
        <source>Smoothness weight</source>
        <translation>평활 가중치</translation>
    </message>
    <message>
        <source>Smoothness spatial width</source>
        <translation>평활 공간 폭</translation>
    </message>
</context>
<context>
    <name>seg::ui::EpochDetails</name>
    <message>
        <source>No epoch evaluated yet.</source>
        <translation>아직 평가된 에포크가 없습니다.</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>클래스</translation>
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
        <translation>정확도</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>정밀도</translation>
    </message>
    <message>
        <source>Predicted</source>
        <translation>예측</translation>
    </message>
    <message>
        <source>Ground truth</source>
        <translation>정답</translation>
    </message>
    <message>
        <source>Epoch %1: mIoU %2, pixel accuracy %3</source>
        <translation>에포크 %1: mIoU %2, 픽셀 정확도 %3</translation>
    </message>
</context>
<context>
    <name>seg::ui::ImageScoresModel</name>
    <message>
        <source>Image</source>
        <translation>이미지</translation>
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
        <translation>픽셀 정확도 %
%1</translation>
    </message>
    <message>
        <source>Worst class</source>
        <translation>최저 클래스</translation>
    </message>
    <message>
        <source>Its IoU %</source>
        <translation>해당 IoU %</translation>
    </message>
    <message>
        <source>mIoU difference
%1 - %2</source>
        <translation>mIoU 차이
%1 - %2</translation>
    </message>
</context>
<context>
    <name>seg::ui::LiveLearning</name>
    <message>
        <source>Live learning stopped before the model was saved as a run</source>
        <translation>모델을 실행으로 저장하기 전에 실시간 학습이 중지되었습니다</translation>
    </message>
    <message>
        <source>The live model was not saved as a run: %1</source>
        <translation>실시간 모델을 실행으로 저장하지 못했습니다: %1</translation>
    </message>
    <message>
        <source>Live learning paused: %1</source>
        <translation>실시간 학습 일시 중지됨: %1</translation>
    </message>
</context>
<context>
    <name>seg::ui::LiveMode</name>
    <message>
        <source>Kept the live model as run %1 (no validation images to score it on)</source>
        <translation>실시간 모델을 실행 %1(으)로 저장했습니다(평가할 검증 이미지 없음)</translation>
    </message>
    <message>
        <source>Kept the live model as run %1: validation mIoU %2</source>
        <translation>실시간 모델을 실행 %1(으)로 저장했습니다: 검증 mIoU %2</translation>
    </message>
    <message>
        <source>Live Learning</source>
        <translation>실시간 학습</translation>
    </message>
    <message>
        <source>Live learning (Ctrl+L): a network learns from what you paint, as you paint, and its prediction of this image shows under your strokes</source>
        <translation>실시간 학습(Ctrl+L): 칠하는 동안 네트워크가 칠한 내용으로 학습하며, 이 이미지에 대한 예측이 획 아래에 표시됩니다</translation>
    </message>
    <message>
        <source>Pause Live Learning</source>
        <translation>실시간 학습 일시 중지</translation>
    </message>
    <message>
        <source>Reset Live Model</source>
        <translation>실시간 모델 초기화</translation>
    </message>
    <message>
        <source>Start the live model afresh (your labels stay)</source>
        <translation>실시간 모델을 처음부터 다시 시작합니다(레이블은 유지됨)</translation>
    </message>
    <message>
        <source>Show Uncertainty</source>
        <translation>불확실성 표시</translation>
    </message>
    <message>
        <source>Show where the live model is least sure (the brighter, the less sure): paint there next</source>
        <translation>실시간 모델이 가장 확신하지 못하는 곳을 표시합니다(밝을수록 불확실): 다음에 그곳을 칠하십시오</translation>
    </message>
    <message>
        <source>Accept Prediction</source>
        <translation>예측 수락</translation>
    </message>
    <message>
        <source>Every unlabelled pixel of this image takes the live prediction (one undo step)</source>
        <translation>이 이미지의 레이블 없는 모든 픽셀에 실시간 예측을 적용합니다(실행 취소 한 단계)</translation>
    </message>
    <message>
        <source>Accept Prediction for Current Class</source>
        <translation>현재 클래스의 예측 수락</translation>
    </message>
    <message>
        <source>Unlabelled pixels predicted as the current class take it (one undo step)</source>
        <translation>현재 클래스로 예측된 레이블 없는 픽셀에 해당 클래스를 적용합니다(실행 취소 한 단계)</translation>
    </message>
    <message>
        <source>Keep Live Model as Run</source>
        <translation>실시간 모델을 실행으로 저장</translation>
    </message>
    <message>
        <source>Save the live model as an ordinary run, scored on the validation images</source>
        <translation>실시간 모델을 일반 실행으로 저장하고 검증 이미지로 평가합니다</translation>
    </message>
    <message>
        <source>Live: paint a few strokes of each class</source>
        <translation>실시간: 각 클래스에 몇 획씩 칠하십시오</translation>
    </message>
    <message>
        <source>%1 is a validation image: live learning predicts it but does not learn from it, so that runs are scored honestly</source>
        <translation>%1은(는) 검증 이미지입니다: 실행을 공정하게 평가하도록 실시간 학습은 이 이미지를 예측만 하고 학습에는 쓰지 않습니다</translation>
    </message>
    <message numerus="yes">
        <source>Live learning skips %n unreadable training image(s)</source>
        <translation>
            <numerusform>실시간 학습에서 읽을 수 없는 학습 이미지 %n장을 건너뜁니다</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the training labels</source>
        <translation>학습 레이블 읽는 중</translation>
    </message>
    <message numerus="yes">
        <source>Live: %1 iterations, loss %2, %n labelled training image(s)</source>
        <translation>
            <numerusform>실시간: 반복 %1회, 손실 %2, 레이블된 학습 이미지 %n장</numerusform>
        </translation>
    </message>
    <message>
        <source>Accept live prediction</source>
        <translation>실시간 예측 수락</translation>
    </message>
    <message>
        <source>Accept live prediction of %1</source>
        <translation>%1의 실시간 예측 수락</translation>
    </message>
    <message>
        <source>Saving the live model as a run...</source>
        <translation>실시간 모델을 실행으로 저장하는 중...</translation>
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
        <translation>프로젝트(파일 &gt; 프로젝트 열기) 또는 데모(파일 &gt; 데모 프로젝트 열기)를 여십시오.</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>이미지</translation>
    </message>
    <message>
        <source>Training</source>
        <comment>the tab with the training charts</comment>
        <translation>학습</translation>
    </message>
    <message>
        <source>Compare</source>
        <comment>the tab comparing models&apos; predictions</comment>
        <translation>비교</translation>
    </message>
    <message>
        <source>%1 is hidden by the Images list&apos;s filter</source>
        <translation>%1이(가) 이미지 목록의 필터에 의해 숨겨져 있습니다</translation>
    </message>
    <message>
        <source>Cannot export the model</source>
        <translation>모델을 내보낼 수 없습니다</translation>
    </message>
    <message>
        <source>All images</source>
        <translation>모든 이미지</translation>
    </message>
    <message>
        <source>Training</source>
        <comment>the training split</comment>
        <translation>학습 세트</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>검증 세트</translation>
    </message>
    <message>
        <source>Unlabelled</source>
        <translation>레이블 없음</translation>
    </message>
    <message>
        <source>Labelled</source>
        <translation>레이블 있음</translation>
    </message>
    <message>
        <source>Project order</source>
        <translation>프로젝트 순서</translation>
    </message>
    <message>
        <source>Most uncertain first</source>
        <translation>불확실성 높은 순</translation>
    </message>
    <message>
        <source>Most uncertain first: the images a model is least sure about, to label next. Scores come from Project &gt; Rank Unlabelled Images by Uncertainty, and from live mode as it learns.</source>
        <translation>불확실성 높은 순: 모델이 가장 확신하지 못하는 이미지, 즉 다음에 레이블링할 이미지가 먼저 나옵니다. 점수는 프로젝트 &gt; 레이블 없는 이미지를 불확실성 순으로 정렬과, 학습 중인 실시간 모드에서 나옵니다.</translation>
    </message>
    <message>
        <source>Class Frequencies</source>
        <translation>클래스 빈도</translation>
    </message>
    <message>
        <source>Training Settings</source>
        <translation>학습 설정</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>실행 목록</translation>
    </message>
    <message>
        <source>Per-Class Results</source>
        <translation>클래스별 결과</translation>
    </message>
    <message>
        <source>Training</source>
        <comment>title of a message about a training run</comment>
        <translation>학습</translation>
    </message>
    <message>
        <source>Cannot open project</source>
        <translation>프로젝트를 열 수 없습니다</translation>
    </message>
    <message>
        <source>A model is training on the open project. Stop it first.</source>
        <translation>열린 프로젝트에서 모델이 학습 중입니다. 먼저 학습을 중지하십시오.</translation>
    </message>
    <message>
        <source>%1 - SegStudio</source>
        <translation>%1 - SegStudio</translation>
    </message>
    <message numerus="yes">
        <source>Opened %1: %n images</source>
        <translation>
            <numerusform>%1을(를) 열었습니다: 이미지 %n장</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Opened %1: %n images, %2 problems found</source>
        <translation>
            <numerusform>%1을(를) 열었습니다: 이미지 %n장, 문제 %2개 발견</numerusform>
        </translation>
    </message>
    <message>
        <source>Recovered unsaved edits</source>
        <translation>저장되지 않은 편집 복구됨</translation>
    </message>
    <message>
        <source>This project has no images in the chosen filter.</source>
        <translation>선택한 필터에 해당하는 이미지가 이 프로젝트에 없습니다.</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>클래스</translation>
    </message>
    <message>
        <source>History</source>
        <translation>작업 내역</translation>
    </message>
    <message>
        <source>Live Learning</source>
        <translation>실시간 학습</translation>
    </message>
    <message>
        <source>Mask</source>
        <translation>마스크</translation>
    </message>
    <message>
        <source>Opening %1...</source>
        <translation>%1 여는 중...</translation>
    </message>
    <message>
        <source>%1 found no unlabelled image it could score.</source>
        <translation>%1이(가) 점수를 매길 수 있는 레이블 없는 이미지를 찾지 못했습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%1 ranked %n unlabelled images; the most uncertain (mean entropy %2) opens now, Ctrl+U for the next.</source>
        <translation>
            <numerusform>%1이(가) 레이블 없는 이미지 %n장의 순위를 매겼습니다. 가장 불확실한 이미지(평균 엔트로피 %2)를 지금 열며, 다음 이미지는 Ctrl+U로 엽니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>unlabelled</source>
        <translation>레이블 없음</translation>
    </message>
    <message>
        <source>x %1  y %2  %3</source>
        <translation>x %1  y %2  %3</translation>
    </message>
    <message>
        <source>About SegStudio</source>
        <translation>SegStudio 정보</translation>
    </message>
    <message>
        <source>&lt;h3&gt;SegStudio %1&lt;/h3&gt;&lt;p&gt;A workbench for semantic segmentation: paint masks, train models, compare them.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;SegStudio %1&lt;/h3&gt;&lt;p&gt;시맨틱 세그멘테이션 워크벤치: 마스크를 그리고, 모델을 학습하고, 비교합니다.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Export Chart Data</source>
        <translation>차트 데이터 내보내기</translation>
    </message>
    <message>
        <source>Export Charts</source>
        <translation>차트 내보내기</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 파일 (*.csv)</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>PNG 이미지 (*.png);;SVG 벡터 그림 (*.svg);;PDF 문서 (*.pdf)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1을(를) 저장했습니다</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>내보내기 실패</translation>
    </message>
    <message>
        <source>%1 could not be written.</source>
        <translation>%1을(를) 쓸 수 없습니다.</translation>
    </message>
    <message>
        <source>Training is running</source>
        <translation>학습 진행 중</translation>
    </message>
    <message>
        <source>Stop training and quit? The run keeps its last checkpoint and can be resumed.</source>
        <translation>학습을 중지하고 종료하시겠습니까? 실행은 마지막 체크포인트를 유지하므로 나중에 재개할 수 있습니다.</translation>
    </message>
    <message>
        <source>Unsaved edits</source>
        <translation>저장되지 않은 편집</translation>
    </message>
    <message>
        <source>The edits of %1 cannot be saved (see the message before). Quit and lose them?</source>
        <translation>%1의 편집 내용을 저장할 수 없습니다(이전 메시지 참조). 편집 내용을 버리고 종료하시겠습니까?</translation>
    </message>
    <message>
        <source>System Default</source>
        <translation>시스템 기본값</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <source>SegStudio speaks the language you chose from its next start. Restart now?</source>
        <translation>SegStudio는 다음에 시작할 때부터 선택한 언어로 표시됩니다. 지금 다시 시작하시겠습니까?</translation>
    </message>
    <message>
        <source>Restart Now</source>
        <translation>지금 다시 시작</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>나중에</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New Project from Dataset...</source>
        <translation>데이터셋에서 새 프로젝트(&amp;N)...</translation>
    </message>
    <message>
        <source>New Project from &amp;Image Folder...</source>
        <translation>이미지 폴더에서 새 프로젝트(&amp;I)...</translation>
    </message>
    <message>
        <source>&amp;Open Project...</source>
        <translation>프로젝트 열기(&amp;O)...</translation>
    </message>
    <message>
        <source>&amp;Save Project</source>
        <translation>프로젝트 저장(&amp;S)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>최근 프로젝트 열기(&amp;R)</translation>
    </message>
    <message>
        <source>Open &amp;Demo Project</source>
        <translation>데모 프로젝트 열기(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Follow a Run Folder...</source>
        <translation>실행 폴더 추적(&amp;F)...</translation>
    </message>
    <message>
        <source>Choose a Run Folder to Follow (one with metrics.csv)</source>
        <translation>추적할 실행 폴더 선택(metrics.csv가 있는 폴더)</translation>
    </message>
    <message>
        <source>Show the curves of a run that another process or machine is training, and follow them as it writes: a run folder on a shared or synced disk. Read-only.</source>
        <translation>다른 프로세스나 머신에서 학습 중인 실행의 곡선을 표시하고, 기록되는 대로 따라갑니다: 공유 또는 동기화된 디스크의 실행 폴더. 읽기 전용.</translation>
    </message>
    <message>
        <source>Export Charts as &amp;Image...</source>
        <translation>차트를 이미지로 내보내기(&amp;I)...</translation>
    </message>
    <message>
        <source>Export Charts as &amp;CSV...</source>
        <translation>차트를 CSV로 내보내기(&amp;C)...</translation>
    </message>
    <message>
        <source>Export &amp;Model for PyTorch...</source>
        <translation>PyTorch용 모델 내보내기(&amp;M)...</translation>
    </message>
    <message>
        <source>Write a trained model as a TorchScript file that PyTorch loads with torch.jit.load</source>
        <translation>학습된 모델을 PyTorch에서 torch.jit.load로 불러올 수 있는 TorchScript 파일로 저장합니다</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>종료(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Live</source>
        <translation>실시간(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Project</source>
        <translation>프로젝트(&amp;P)</translation>
    </message>
    <message>
        <source>Edit &amp;Classes...</source>
        <translation>클래스 편집(&amp;C)...</translation>
    </message>
    <message>
        <source>Choose &amp;Model for Assistance...</source>
        <translation>레이블링 보조 모델 선택(&amp;M)...</translation>
    </message>
    <message>
        <source>&amp;Rank Unlabelled Images by Uncertainty</source>
        <translation>레이블 없는 이미지를 불확실성 순으로 정렬(&amp;R)</translation>
    </message>
    <message>
        <source>The trained model scores each unlabelled image; label the most uncertain first</source>
        <translation>학습된 모델이 레이블 없는 각 이미지에 점수를 매깁니다. 가장 불확실한 이미지부터 레이블링하십시오</translation>
    </message>
    <message>
        <source>Next Most &amp;Uncertain Image</source>
        <translation>다음 불확실한 이미지(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Batch Prediction...</source>
        <translation>일괄 예측(&amp;B)...</translation>
    </message>
    <message>
        <source>Predict a folder of images into masks with a trained model</source>
        <translation>학습된 모델로 이미지 폴더를 예측하여 마스크로 저장합니다</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>Show &amp;Mask</source>
        <translation>마스크 표시(&amp;M)</translation>
    </message>
    <message>
        <source>Mask &amp;Outlines Only</source>
        <translation>마스크 윤곽선만 표시(&amp;O)</translation>
    </message>
    <message>
        <source>Show &amp;After Image</source>
        <translation>후 시점 이미지 표시(&amp;A)</translation>
    </message>
    <message>
        <source>Change pairs: show the after image instead of the before image (A flips between them); the mask stays the same</source>
        <translation>변화 쌍: 전 시점 이미지 대신 후 시점 이미지를 표시합니다(A 키로 전환). 마스크는 그대로입니다</translation>
    </message>
    <message>
        <source>Zoom to &amp;Fit</source>
        <translation>창에 맞추기(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Actual Pixels</source>
        <translation>실제 픽셀 크기(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Next Image</source>
        <translation>다음 이미지(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Previous Image</source>
        <translation>이전 이미지(&amp;P)</translation>
    </message>
    <message>
        <source>Next &amp;Unlabelled Image</source>
        <translation>다음 레이블 없는 이미지(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Images</source>
        <translation>이미지(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Training Charts</source>
        <translation>학습 차트(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Compare Models</source>
        <translation>모델 비교(&amp;C)</translation>
    </message>
    <message>
        <source>Show Model &amp;Prediction</source>
        <translation>모델 예측 표시(&amp;P)</translation>
    </message>
    <message>
        <source>The model&apos;s prediction of this image as outlines over the painting (Fix Label in the Compare tab)</source>
        <translation>이 이미지에 대한 모델의 예측을 칠한 내용 위에 윤곽선으로 표시합니다(비교 탭의 레이블 수정)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Training</source>
        <translation>학습(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Start Training</source>
        <translation>학습 시작(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Pause Training</source>
        <translation>학습 일시 중지(&amp;P)</translation>
    </message>
    <message>
        <source>S&amp;top Training</source>
        <translation>학습 중지(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About SegStudio</source>
        <translation>SegStudio 정보(&amp;A)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>기본 도구 모음</translation>
    </message>
    <message>
        <source>Mask opacity </source>
        <translation>마스크 불투명도 </translation>
    </message>
    <message>
        <source>Opacity of the mask over the image</source>
        <translation>이미지 위 마스크의 불투명도</translation>
    </message>
    <message>
        <source>&amp;Resume Training</source>
        <translation>학습 재개(&amp;R)</translation>
    </message>
    <message>
        <source>A model is being exported already</source>
        <translation>이미 모델을 내보내는 중입니다</translation>
    </message>
    <message>
        <source>Export Model: Choose a Checkpoint</source>
        <translation>모델 내보내기: 체크포인트 선택</translation>
    </message>
    <message>
        <source>SegStudio checkpoints (*.pt)</source>
        <translation>SegStudio 체크포인트 (*.pt)</translation>
    </message>
    <message>
        <source>Export Model: TorchScript File</source>
        <translation>모델 내보내기: TorchScript 파일</translation>
    </message>
    <message>
        <source>TorchScript (*.pt)</source>
        <translation>TorchScript (*.pt)</translation>
    </message>
    <message>
        <source>Exporting %1...</source>
        <translation>%1 내보내는 중...</translation>
    </message>
    <message>
        <source>The model&apos;s prediction is drawn as outlines (View &gt; Show Model Prediction)</source>
        <translation>모델의 예측이 윤곽선으로 그려집니다(보기 &gt; 모델 예측 표시)</translation>
    </message>
    <message>
        <source>Cannot create the demo project</source>
        <translation>데모 프로젝트를 만들 수 없습니다</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>프로젝트 열기</translation>
    </message>
    <message>
        <source>SegStudio projects (project.json)</source>
        <translation>SegStudio 프로젝트 (project.json)</translation>
    </message>
    <message>
        <source>Choose a Dataset Folder (VOC, PennFudan, images/ and masks/, or change pairs)</source>
        <translation>데이터셋 폴더 선택(VOC, PennFudan, images/와 masks/, 또는 변화 쌍)</translation>
    </message>
    <message>
        <source>Choose a Folder of Images to Annotate</source>
        <translation>레이블링할 이미지 폴더 선택</translation>
    </message>
    <message>
        <source>Cannot create a project here</source>
        <translation>여기에 프로젝트를 만들 수 없습니다</translation>
    </message>
    <message numerus="yes">
        <source>SegStudio did not close properly last time. The unsaved edits of %n image(s) were recovered from the autosave journal and saved:</source>
        <translation>
            <numerusform>지난번에 SegStudio가 제대로 종료되지 않았습니다. 이미지 %n장의 저장되지 않은 편집을 자동 저장 저널에서 복구하여 저장했습니다:</numerusform>
        </translation>
    </message>
    <message>
        <source>Opening such an image shows the recovery in History, where Undo takes it back.</source>
        <translation>해당 이미지를 열면 작업 내역에 복구 항목이 표시되며, 실행 취소로 되돌릴 수 있습니다.</translation>
    </message>
    <message>
        <source>Not recovered: %1</source>
        <translation>복구하지 못함: %1</translation>
    </message>
    <message>
        <source>Cannot save the project</source>
        <translation>프로젝트를 저장할 수 없습니다</translation>
    </message>
    <message>
        <source>No recent projects</source>
        <translation>최근 프로젝트 없음</translation>
    </message>
    <message>
        <source>Edit Classes</source>
        <translation>클래스 편집</translation>
    </message>
    <message>
        <source>A model is training on these classes. Stop it first.</source>
        <translation>이 클래스로 모델이 학습 중입니다. 먼저 학습을 중지하십시오.</translation>
    </message>
    <message>
        <source>The open image&apos;s edits cannot be saved, so the classes stay as they are.</source>
        <translation>열린 이미지의 편집 내용을 저장할 수 없으므로 클래스를 그대로 유지합니다.</translation>
    </message>
    <message>
        <source>Remapping masks...</source>
        <translation>마스크를 다시 매핑하는 중...</translation>
    </message>
    <message>
        <source>Cannot change the classes</source>
        <translation>클래스를 변경할 수 없습니다</translation>
    </message>
    <message>
        <source>Remapping masks</source>
        <translation>마스크 다시 매핑</translation>
    </message>
    <message>
        <source>No images match this filter.</source>
        <translation>이 필터와 일치하는 이미지가 없습니다.</translation>
    </message>
    <message>
        <source>%1 (after)</source>
        <translation>%1 (후 시점)</translation>
    </message>
    <message>
        <source>%1 (before)</source>
        <translation>%1 (전 시점)</translation>
    </message>
    <message>
        <source>%1  %2x%3  %4  %5</source>
        <translation>%1  %2x%3  %4  %5</translation>
    </message>
    <message>
        <source>mask unreadable</source>
        <translation>마스크 읽을 수 없음</translation>
    </message>
    <message>
        <source>labelled</source>
        <translation>레이블 있음</translation>
    </message>
    <message>
        <source>No unlabelled image after this one.</source>
        <translation>이 이미지 다음에 레이블 없는 이미지가 없습니다.</translation>
    </message>
    <message>
        <source>No more images in this direction.</source>
        <translation>이 방향으로 더 이상 이미지가 없습니다.</translation>
    </message>
    <message>
        <source>Every image is labelled: there is nothing to rank.</source>
        <translation>모든 이미지에 레이블이 있습니다: 순위를 매길 이미지가 없습니다.</translation>
    </message>
    <message>
        <source>No ranked unlabelled image left: Project &gt; Rank Unlabelled Images by Uncertainty, or live mode, scores them.</source>
        <translation>순위가 매겨진 레이블 없는 이미지가 남아 있지 않습니다: 프로젝트 &gt; 레이블 없는 이미지를 불확실성 순으로 정렬 또는 실시간 모드에서 점수를 매깁니다.</translation>
    </message>
    <message>
        <source>training</source>
        <translation>학습 세트</translation>
    </message>
    <message>
        <source>validation</source>
        <translation>검증 세트</translation>
    </message>
    <message>
        <source>test</source>
        <translation>테스트 세트</translation>
    </message>
    <message>
        <source>no split</source>
        <translation>분할 없음</translation>
    </message>
    <message>
        <source>User Guide</source>
        <translation>사용자 가이드</translation>
    </message>
    <message>
        <source>The user guide is not installed. It was looked for in:
%1</source>
        <translation>사용자 가이드가 설치되어 있지 않습니다. 다음 위치에서 찾았습니다:
%1</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>사용자 가이드(&amp;U)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Class edit cancelled: the classes and masks are as they were.</source>
        <translation>클래스 편집을 취소했습니다. 클래스와 마스크는 그대로입니다.</translation>
    </message>
</context>
<context>
    <name>seg::ui::MaskDocument</name>
    <message>
        <source>%1 The mask is shown as unlabelled and will not be overwritten; fix or remove the file to edit it.</source>
        <translation>%1 마스크가 레이블 없음으로 표시되며 덮어쓰지 않습니다. 편집하려면 파일을 고치거나 제거하십시오.</translation>
    </message>
    <message>
        <source>The autosave journal cannot be used: %1</source>
        <translation>자동 저장 저널을 사용할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Recovered unsaved edits</source>
        <translation>저장되지 않은 편집 복구됨</translation>
    </message>
</context>
<context>
    <name>seg::ui::MaskSaver</name>
    <message>
        <source>Saving %1</source>
        <translation>%1 저장 중</translation>
    </message>
</context>
<context>
    <name>seg::ui::ModelAssist</name>
    <message>
        <source>Choose a Trained Model</source>
        <translation>학습된 모델 선택</translation>
    </message>
    <message>
        <source>Models (*.pt *.pth *.torchscript);;All files (*)</source>
        <translation>모델 (*.pt *.pth *.torchscript);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Pre-labelling %1 with %2</source>
        <translation>%2(으)로 %1 사전 레이블링 중</translation>
    </message>
    <message>
        <source>Scoring unlabelled images with %1...</source>
        <translation>%1(으)로 레이블 없는 이미지를 평가하는 중...</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>중지</translation>
    </message>
    <message>
        <source>Ranking images with %1</source>
        <translation>%1(으)로 이미지 순위 매기는 중</translation>
    </message>
</context>
<context>
    <name>seg::ui::ModelExportJob</name>
    <message>
        <source>Exported %1: load it in PyTorch with torch.jit.load; its class names are model.class_names</source>
        <translation>%1을(를) 내보냈습니다: PyTorch에서 torch.jit.load로 불러오십시오. 클래스 이름은 model.class_names에 있습니다</translation>
    </message>
    <message>
        <source>Exporting %1</source>
        <translation>%1 내보내는 중</translation>
    </message>
</context>
<context>
    <name>seg::ui::ModelForm</name>
    <message>
        <source>%1; default %2.</source>
        <translation>%1; 기본값 %2.</translation>
    </message>
    <message>
        <source>%1  (%2)</source>
        <translation>%1  (%2)</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>아키텍처</translation>
    </message>
    <message>
        <source>Needs a change project: pairs of images of two dates with change masks.</source>
        <translation>변화 탐지 프로젝트가 필요합니다: 두 시점의 이미지 쌍과 변화 마스크.</translation>
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
        <translation>%1 여는 중</translation>
    </message>
    <message>
        <source>Predicting %1 with %2</source>
        <translation>%2(으)로 %1 예측 중</translation>
    </message>
</context>
<context>
    <name>seg::ui::ProcessTraining</name>
    <message>
        <source>Cannot write the run&apos;s settings to %1: %2</source>
        <translation>실행 설정을 %1에 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Cannot start %1: %2</source>
        <translation>%1을(를) 시작할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>the training processes ended with exit code %1</source>
        <translation>학습 프로세스가 종료 코드 %1(으)로 끝났습니다</translation>
    </message>
</context>
<context>
    <name>seg::ui::RunsView</name>
    <message>
        <source>Run</source>
        <translation>실행</translation>
    </message>
    <message>
        <source>Best mIoU</source>
        <translation>최고 mIoU</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>에포크</translation>
    </message>
    <message>
        <source>Tick runs to overlay their curves on the charts.</source>
        <translation>실행을 체크하면 해당 곡선을 차트에 겹쳐 표시합니다.</translation>
    </message>
    <message>
        <source>Show Curves</source>
        <translation>곡선 표시</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>재개</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>새로 고침</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>%1
%2, %3 loss; %4 optimiser, learning rate %5, %6 schedule, batch %7, crop %8</source>
        <translation>%1
%2, %3 손실; %4 옵티마이저, 학습률 %5, %6 스케줄, 배치 %7, 크롭 %8</translation>
    </message>
    <message>
        <source>whole images</source>
        <translation>전체 이미지</translation>
    </message>
    <message>
        <source>A run is training: stop it first.</source>
        <translation>실행이 학습 중입니다: 먼저 중지하십시오.</translation>
    </message>
    <message>
        <source>Another process is training this run now; Show Curves follows it.</source>
        <translation>다른 프로세스가 지금 이 실행을 학습 중입니다. 곡선 표시로 추적할 수 있습니다.</translation>
    </message>
    <message>
        <source>This run has no checkpoint (last.pt) or no readable config.json to resume from.</source>
        <translation>이 실행에는 재개할 체크포인트(last.pt) 또는 읽을 수 있는 config.json이 없습니다.</translation>
    </message>
</context>
<context>
    <name>seg::ui::SplitScoring</name>
    <message>
        <source>Scoring the validation split</source>
        <translation>검증 분할 평가 중</translation>
    </message>
</context>
<context>
    <name>seg::ui::SplitSummary</name>
    <message>
        <source>before</source>
        <translation>전 시점</translation>
    </message>
    <message>
        <source>after</source>
        <translation>후 시점</translation>
    </message>
    <message>
        <source>ground truth</source>
        <translation>정답</translation>
    </message>
    <message>
        <source>image</source>
        <translation>이미지</translation>
    </message>
    <message>
        <source>Export Table (CSV)...</source>
        <translation>표 내보내기(CSV)...</translation>
    </message>
    <message>
        <source>Export Grid (PNG)...</source>
        <translation>격자 내보내기(PNG)...</translation>
    </message>
    <message>
        <source> hardest images</source>
        <translation>장의 가장 어려운 이미지</translation>
    </message>
    <message>
        <source>Confusion matrix of</source>
        <translation>혼동 행렬:</translation>
    </message>
    <message>
        <source>Row-normalised %</source>
        <translation>행 정규화 %</translation>
    </message>
    <message>
        <source>Rows: ground truth; columns: prediction</source>
        <translation>행: 정답, 열: 예측</translation>
    </message>
    <message>
        <source>Export Comparison Table</source>
        <translation>비교 표 내보내기</translation>
    </message>
    <message>
        <source>comparison.csv</source>
        <translation>comparison.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 파일 (*.csv)</translation>
    </message>
    <message>
        <source>Export Comparison Grid</source>
        <translation>비교 격자 내보내기</translation>
    </message>
    <message>
        <source>comparison.png</source>
        <translation>comparison.png</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 이미지 (*.png)</translation>
    </message>
    <message numerus="yes">
        <source>the %n selected image(s)</source>
        <translation>
            <numerusform>선택한 이미지 %n장</numerusform>
        </translation>
    </message>
    <message>
        <source>Score the validation images (Validation Images tab) to compare the models on the whole split.</source>
        <translation>검증 이미지를 평가하면(검증 이미지 탭) 분할 전체에서 모델을 비교할 수 있습니다.</translation>
    </message>
    <message>
        <source>Labels were corrected since: score again for up-to-date totals. </source>
        <translation>평가 후 레이블이 수정되었습니다: 최신 합계를 보려면 다시 평가하십시오. </translation>
    </message>
    <message numerus="yes">
        <source>%n validation image(s); the best of each column in bold.</source>
        <translation>
            <numerusform>검증 이미지 %n장. 각 열의 최고값은 굵게 표시됩니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Pixel accuracy</source>
        <translation>픽셀 정확도</translation>
    </message>
    <message>
        <source>Mean class accuracy</source>
        <translation>평균 클래스 정확도</translation>
    </message>
    <message>
        <source>mIoU</source>
        <translation>mIoU</translation>
    </message>
    <message>
        <source>FW IoU</source>
        <translation>빈도 가중 IoU</translation>
    </message>
    <message>
        <source>Mean Dice</source>
        <translation>평균 Dice</translation>
    </message>
    <message>
        <source>IoU %1</source>
        <translation>IoU %1</translation>
    </message>
    <message>
        <source>Nothing to export: score the validation images first</source>
        <translation>내보낼 내용이 없습니다: 먼저 검증 이미지를 평가하십시오</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1을(를) 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Drawing the comparison grid</source>
        <translation>비교 격자 그리는 중</translation>
    </message>
</context>
<context>
    <name>seg::ui::TorchScriptImportDialog</name>
    <message>
        <source>Open TorchScript Model</source>
        <translation>TorchScript 모델 열기</translation>
    </message>
    <message>
        <source>%1 is a TorchScript model. SegStudio needs to know what its output channels mean and how it expects its input. The answers are stored next to the model.</source>
        <translation>%1은(는) TorchScript 모델입니다. SegStudio는 출력 채널의 의미와 모델이 기대하는 입력 형식을 알아야 합니다. 입력한 내용은 모델 옆에 저장됩니다.</translation>
    </message>
    <message>
        <source>One name a line, in the order of the model&apos;s output channels</source>
        <translation>한 줄에 이름 하나씩, 모델 출력 채널 순서대로</translation>
    </message>
    <message>
        <source>Read labels.txt...</source>
        <translation>labels.txt 읽기...</translation>
    </message>
    <message>
        <source>Class names:</source>
        <translation>클래스 이름:</translation>
    </message>
    <message>
        <source>Input mean (R, G, B):</source>
        <translation>입력 평균 (R, G, B):</translation>
    </message>
    <message>
        <source>Input std (R, G, B):</source>
        <translation>입력 표준편차 (R, G, B):</translation>
    </message>
    <message>
        <source>Pixels are scaled to 0..1, then (x - mean) / std: ImageNet&apos;s values suit torchvision&apos;s models.</source>
        <translation>픽셀을 0..1로 조정한 뒤 (x - mean) / std를 계산합니다: ImageNet 값은 torchvision 모델에 적합합니다.</translation>
    </message>
    <message>
        <source>Fixed input size:</source>
        <translation>고정 입력 크기:</translation>
    </message>
    <message>
        <source>Traced models:</source>
        <translation>트레이스된 모델:</translation>
    </message>
    <message>
        <source>Class Names</source>
        <translation>클래스 이름</translation>
    </message>
    <message>
        <source>Class lists (*.txt *.json);;All files (*)</source>
        <translation>클래스 목록 (*.txt *.json);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Cannot read the class names</source>
        <translation>클래스 이름을 읽을 수 없습니다</translation>
    </message>
    <message>
        <source>Cannot use these settings</source>
        <translation>이 설정을 사용할 수 없습니다</translation>
    </message>
</context>
<context>
    <name>seg::ui::TrainingCharts</name>
    <message>
        <source>Iteration</source>
        <translation>반복</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>손실</translation>
    </message>
    <message>
        <source>Epoch</source>
        <translation>에포크</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>검증</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>학습률</translation>
    </message>
    <message>
        <source>Drag to pan, wheel to zoom, double-click to fit.</source>
        <translation>드래그하여 이동, 휠로 확대/축소, 더블클릭하여 맞춤.</translation>
    </message>
    <message>
        <source>%1 validation loss</source>
        <translation>%1 검증 손실</translation>
    </message>
    <message>
        <source>%1 mIoU</source>
        <translation>%1 mIoU</translation>
    </message>
    <message>
        <source>%1 learning rate</source>
        <translation>%1 학습률</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>손실</translation>
    </message>
    <message>
        <source>loss (smoothed)</source>
        <translation>손실(평활화)</translation>
    </message>
    <message>
        <source>validation loss</source>
        <translation>검증 손실</translation>
    </message>
    <message>
        <source>adversarial loss (smoothed)</source>
        <translation>적대적 손실(평활화)</translation>
    </message>
    <message>
        <source>discriminator loss (smoothed)</source>
        <translation>판별기 손실(평활화)</translation>
    </message>
    <message>
        <source>mIoU</source>
        <translation>mIoU</translation>
    </message>
    <message>
        <source>pixel accuracy</source>
        <translation>픽셀 정확도</translation>
    </message>
    <message>
        <source>learning rate</source>
        <translation>학습률</translation>
    </message>
    <message>
        <source>No run yet: start one in Training Settings.</source>
        <translation>아직 실행이 없습니다: 학습 설정에서 시작하십시오.</translation>
    </message>
    <message>
        <source>Run %1</source>
        <translation>실행 %1</translation>
    </message>
    <message>
        <source>%1 at %2 %3: %4</source>
        <translation>%1 (%2 %3): %4</translation>
    </message>
    <message>
        <source>SegStudio training charts</source>
        <translation>SegStudio 학습 차트</translation>
    </message>
</context>
<context>
    <name>seg::ui::TrainingController</name>
    <message>
        <source>Run %1 cannot be resumed: %2</source>
        <translation>실행 %1을(를) 재개할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>its checkpoint checkpoints/last.pt is missing.</source>
        <translation>체크포인트 checkpoints/last.pt가 없습니다.</translation>
    </message>
    <message>
        <source>Run %1 is being trained by another process now. Resume it once that process has stopped.</source>
        <translation>실행 %1을(를) 지금 다른 프로세스가 학습 중입니다. 해당 프로세스가 중지된 후 재개하십시오.</translation>
    </message>
    <message>
        <source>Cannot start training: %1</source>
        <translation>학습을 시작할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Cannot start training: adversarial training runs in one process. Set Processes to 1.</source>
        <translation>학습을 시작할 수 없습니다: 적대적 학습은 하나의 프로세스에서만 실행됩니다. 프로세스 수를 1로 설정하십시오.</translation>
    </message>
    <message>
        <source>starting...</source>
        <translation>시작하는 중...</translation>
    </message>
    <message>
        <source>Training on %1 images (%2 for validation), %3 threads, %4</source>
        <translation>이미지 %1장으로 학습(검증용 %2장), 스레드 %3개, %4</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>일시 중지됨</translation>
    </message>
    <message>
        <source>resuming...</source>
        <translation>재개하는 중...</translation>
    </message>
    <message>
        <source>Training finished: best mIoU %1 at epoch %2.</source>
        <translation>학습 완료: 에포크 %2에서 최고 mIoU %1.</translation>
    </message>
    <message numerus="yes">
        <source>Training stopped after %n complete epochs; resume it from the runs list.</source>
        <translation>
            <numerusform>에포크 %n개를 완료한 후 학습을 중지했습니다. 실행 목록에서 재개할 수 있습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Training failed: %1</source>
        <translation>학습 실패: %1</translation>
    </message>
    <message>
        <source>%1 img/s</source>
        <translation>%1 img/s</translation>
    </message>
    <message>
        <source>epoch %1/%2</source>
        <translation>에포크 %1/%2</translation>
    </message>
    <message>
        <source>epoch %1/%2, %3 left</source>
        <translation>에포크 %1/%2, %3 남음</translation>
    </message>
    <message numerus="yes">
        <source>%n unreadable image(s) skipped; the log names them.</source>
        <translation>
            <numerusform>읽을 수 없는 이미지 %n장을 건너뛰었습니다. 로그에 해당 이름이 기록되어 있습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>stopping...</source>
        <translation>중지하는 중...</translation>
    </message>
    <message>
        <source>A run is training; tick runs to compare them with it instead.</source>
        <translation>실행이 학습 중입니다. 대신 다른 실행을 체크하여 학습 중인 실행과 비교하십시오.</translation>
    </message>
    <message numerus="yes">
        <source>Showing run %1: %n epochs</source>
        <translation>
            <numerusform>실행 %1 표시 중: 에포크 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>Run %1: %2</source>
        <translation>실행 %1: %2</translation>
    </message>
    <message>
        <source>A run is training in this window: stop it before following another.</source>
        <translation>이 창에서 실행이 학습 중입니다: 다른 실행을 추적하기 전에 중지하십시오.</translation>
    </message>
    <message>
        <source>%1 is not a training run&apos;s folder: it holds neither config.json nor metrics.csv.</source>
        <translation>%1은(는) 학습 실행 폴더가 아닙니다: config.json도 metrics.csv도 없습니다.</translation>
    </message>
    <message>
        <source>Following run %1 as it is written (read-only).</source>
        <translation>실행 %1을(를) 기록되는 대로 추적하는 중(읽기 전용).</translation>
    </message>
    <message numerus="yes">
        <source>trained by %n processes</source>
        <translation>
            <numerusform>프로세스 %n개로 학습됨</numerusform>
        </translation>
    </message>
    <message>
        <source>finished, %1 of %2 epochs</source>
        <translation>완료, 에포크 %1/%2</translation>
    </message>
    <message>
        <source>%1 of %2 epochs</source>
        <translation>에포크 %1/%2</translation>
    </message>
    <message numerus="yes">
        <source>%n epoch(s)</source>
        <translation>
            <numerusform>에포크 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>waiting for the run to write metrics.csv</source>
        <translation>실행이 metrics.csv를 쓰기를 기다리는 중</translation>
    </message>
    <message>
        <source>%1, written %2 ago</source>
        <translation>%1, %2 전에 기록됨</translation>
    </message>
</context>
<context>
    <name>seg::ui::TrainingPanel</name>
    <message>
        <source>Model</source>
        <translation>모델</translation>
    </message>
    <message>
        <source>Optimisation</source>
        <translation>최적화</translation>
    </message>
    <message>
        <source>Cross-entropy</source>
        <translation>교차 엔트로피</translation>
    </message>
    <message>
        <source>Cross-entropy + Dice</source>
        <translation>교차 엔트로피 + Dice</translation>
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
        <translation>모멘텀 SGD</translation>
    </message>
    <message>
        <source>Cosine</source>
        <translation>코사인</translation>
    </message>
    <message>
        <source>Poly</source>
        <translation>다항식(Poly)</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>계단식</translation>
    </message>
    <message>
        <source>Constant</source>
        <translation>고정</translation>
    </message>
    <message>
        <source> iterations</source>
        <translation>회 반복</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>whole image</source>
        <translation>전체 이미지</translation>
    </message>
    <message>
        <source>Square training crop; whole images when all have one size.</source>
        <translation>정사각형 학습 크롭. 모든 이미지의 크기가 같으면 전체 이미지를 사용합니다.</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>손실 함수</translation>
    </message>
    <message>
        <source>Optimiser</source>
        <translation>옵티마이저</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>학습률</translation>
    </message>
    <message>
        <source>Weight decay</source>
        <translation>가중치 감쇠</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>학습률 스케줄</translation>
    </message>
    <message>
        <source>Warm-up</source>
        <translation>워밍업</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>에포크</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>배치 크기</translation>
    </message>
    <message>
        <source>Input size</source>
        <translation>입력 크기</translation>
    </message>
    <message>
        <source>Augmentation</source>
        <translation>데이터 증강</translation>
    </message>
    <message>
        <source>Horizontal flips</source>
        <translation>좌우 반전</translation>
    </message>
    <message>
        <source>Vertical flips</source>
        <translation>상하 반전</translation>
    </message>
    <message>
        <source>°</source>
        <translation>°</translation>
    </message>
    <message>
        <source>Scale range</source>
        <translation>스케일 범위</translation>
    </message>
    <message>
        <source>Rotation</source>
        <translation>회전</translation>
    </message>
    <message>
        <source>Colour jitter</source>
        <translation>색상 지터</translation>
    </message>
    <message>
        <source>Adversarial training</source>
        <translation>적대적 학습</translation>
    </message>
    <message>
        <source>Luc et al. 2016: a small discriminator learns to tell ground-truth label maps from the model&apos;s, and the model also learns to fool it. Its two losses are drawn with the training loss.</source>
        <translation>Luc 외, 2016: 작은 판별기가 정답 레이블 맵과 모델의 레이블 맵을 구별하도록 학습하고, 모델은 판별기를 속이도록 함께 학습합니다. 두 손실은 학습 손실과 함께 그려집니다.</translation>
    </message>
    <message>
        <source>The adversarial term&apos;s weight next to the segmentation loss.</source>
        <translation>세그멘테이션 손실 대비 적대적 항의 가중치.</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>가중치</translation>
    </message>
    <message>
        <source>Discriminator learning rate</source>
        <translation>판별기 학습률</translation>
    </message>
    <message>
        <source>Learn from scribbles (dense-CRF loss)</source>
        <translation>스크리블로 학습(밀집 CRF 손실)</translation>
    </message>
    <message>
        <source>Tang et al. 2018: for partly painted masks. Besides the painted pixels, every pixel is asked to share the class of nearby pixels of similar colour, so the labels spread from the strokes up to the image&apos;s edges.</source>
        <translation>Tang 외, 2018: 부분적으로 칠한 마스크용. 칠한 픽셀 외에도 모든 픽셀이 근처의 비슷한 색 픽셀과 같은 클래스를 갖도록 요구되므로, 레이블이 획에서 이미지의 경계선까지 퍼집니다.</translation>
    </message>
    <message>
        <source>The CRF term&apos;s weight next to the segmentation loss.</source>
        <translation>세그멘테이션 손실 대비 CRF 항의 가중치.</translation>
    </message>
    <message>
        <source>How far apart two pixels may be and still be asked to agree.</source>
        <translation>두 픽셀이 얼마나 떨어져 있어도 같은 클래스를 갖도록 요구되는지.</translation>
    </message>
    <message>
        <source>How different in colour (0 to 255 levels) two pixels may be and still be asked to agree.</source>
        <translation>두 픽셀의 색이 얼마나 달라도(0~255 단계) 같은 클래스를 갖도록 요구되는지.</translation>
    </message>
    <message>
        <source>Reach</source>
        <translation>범위</translation>
    </message>
    <message>
        <source>Colour tolerance</source>
        <translation>색상 허용 오차</translation>
    </message>
    <message>
        <source>Runtime</source>
        <translation>실행 환경</translation>
    </message>
    <message>
        <source>all cores (%1)</source>
        <translation>모든 코어(%1)</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>자동</translation>
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
        <translation>데이터 병렬 학습: 이 수만큼의 프로세스가 위의 배치 크기로 각 에포크의 일부를 학습하고, 스텝마다 기울기를 평균합니다. 한 머신에서는 모든 코어를 쓰는 단일 프로세스가 더 빠르며, 여러 프로세스는 여러 머신에 걸친 실행을 미리 시험해 보는 용도입니다(docs/distributed.md 참조). 스레드 수가 &quot;모든 코어&quot;이면 코어를 프로세스끼리 나눕니다.</translation>
    </message>
    <message>
        <source>Threads</source>
        <translation>스레드 수</translation>
    </message>
    <message>
        <source>Processes</source>
        <translation>프로세스 수</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>장치</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>시작</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>일시 중지</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>중지</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>재개</translation>
    </message>
</context>
<context>
    <name>seg::ui::UserGuideWindow</name>
    <message>
        <source>SegStudio User Guide</source>
        <translation>SegStudio 사용자 가이드</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>뒤로</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>목차</translation>
    </message>
</context>
<context>
    <name>seg::ui::ValidationBrowser</name>
    <message>
        <source>Score Validation Images</source>
        <translation>검증 이미지 평가</translation>
    </message>
    <message>
        <source>Predicts every validation image with the ticked models</source>
        <translation>체크한 모델로 모든 검증 이미지를 예측합니다</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>중지</translation>
    </message>
    <message>
        <source>Only images whose ground truth holds this class</source>
        <translation>정답에 이 클래스가 있는 이미지만</translation>
    </message>
    <message>
        <source>Fix Label</source>
        <translation>레이블 수정</translation>
    </message>
    <message>
        <source>Open the image for painting, with the model&apos;s prediction as a reference layer</source>
        <translation>모델의 예측을 참조 레이어로 표시하고 이미지를 열어 칠합니다</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>표시:</translation>
    </message>
    <message>
        <source>every image</source>
        <translation>모든 이미지</translation>
    </message>
    <message>
        <source>with %1</source>
        <translation>%1 포함</translation>
    </message>
    <message>
        <source>Scoring...</source>
        <translation>평가하는 중...</translation>
    </message>
    <message>
        <source>Tick models, then score the validation images to find the worst.</source>
        <translation>모델을 체크한 다음 검증 이미지를 평가하여 가장 나쁜 이미지를 찾으십시오.</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s); corrected labels are rescored here, score again for the split&apos;s totals</source>
        <translation>
            <numerusform>이미지 %n장. 수정된 레이블은 여기서 다시 평가되며, 분할 전체의 합계를 보려면 다시 평가하십시오</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s), worst first</source>
        <translation>
            <numerusform>이미지 %n장, 나쁜 순</numerusform>
        </translation>
    </message>
    <message>
        <source>Scoring... %1</source>
        <translation>평가 중... %1</translation>
    </message>
</context>
<context>
    <name>seg::ui::WelcomePage</name>
    <message>
        <source>Welcome to SegStudio</source>
        <translation>SegStudio에 오신 것을 환영합니다</translation>
    </message>
    <message>
        <source>Paint segmentation masks, train models on them, and compare their predictions.</source>
        <translation>세그멘테이션 마스크를 칠하고, 그것으로 모델을 학습하고, 예측을 비교합니다.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>시작</translation>
    </message>
    <message>
        <source>Open the Demo Project</source>
        <translation>데모 프로젝트 열기</translation>
    </message>
    <message>
        <source>500 synthetic-shapes images with their masks, ready to train a U-Net in a few minutes. Made on first use.</source>
        <translation>합성 도형 이미지 500장과 마스크로, 몇 분 만에 U-Net을 학습할 수 있습니다. 처음 사용할 때 만들어집니다.</translation>
    </message>
    <message>
        <source>New Project from Image Folder...</source>
        <translation>이미지 폴더에서 새 프로젝트...</translation>
    </message>
    <message>
        <source>A folder of your own images, to paint their masks.</source>
        <translation>직접 가진 이미지 폴더로, 마스크를 칠합니다.</translation>
    </message>
    <message>
        <source>New Project from Dataset...</source>
        <translation>데이터셋에서 새 프로젝트...</translation>
    </message>
    <message>
        <source>Images with masks: VOC, PennFudan, images/ and masks/ folders, or change pairs.</source>
        <translation>마스크가 있는 이미지: VOC, PennFudan, images/와 masks/ 폴더, 또는 변화 탐지 쌍.</translation>
    </message>
    <message>
        <source>Open Project...</source>
        <translation>프로젝트 열기...</translation>
    </message>
    <message>
        <source>A folder holding a project.json.</source>
        <translation>project.json이 있는 폴더.</translation>
    </message>
    <message>
        <source>Read the User Guide</source>
        <translation>사용자 가이드 읽기</translation>
    </message>
    <message>
        <source>Recent Projects</source>
        <translation>최근 프로젝트</translation>
    </message>
    <message>
        <source>%1 (not found)
%2</source>
        <translation>%1 (찾을 수 없음)
%2</translation>
    </message>
    <message>
        <source>No recent projects yet.</source>
        <translation>아직 최근 프로젝트가 없습니다.</translation>
    </message>
</context>
</TS>
