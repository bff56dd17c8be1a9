#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QImage>
#include <QSemaphore>
#include <QTest>
#include <QThreadPool>

#include <new>
#include <stdexcept>
#include <thread>
#include <vector>

#include <opencv2/core.hpp>

#include "core/common/error.h"
#include "ui/jobs/background_job.h"
#include "ui/jobs/job_pool.h"

using namespace seg;

// Whatever a job started from the window throws comes back as a message naming what failed;
// nothing is rethrown into the slot that reads the result.
class TestBackgroundJob : public QObject {
    Q_OBJECT

    template <typename Work>
    static ui::JobResult<int> finish(Work work) {
        auto future = ui::runBackgroundJob(QStringLiteral("Counting a.png"), std::move(work));
        future.waitForFinished();
        return future.result();  // would rethrow here if the job let an exception out
    }

private Q_SLOTS:
    void aResultComesBackThroughTheFuture() {
        const auto result = finish([] { return 42; });
        QVERIFY(result.ok());
        QCOMPARE(result.value, 42);
    }

    void everyKindOfExceptionBecomesAMessage_data() {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("expected");
        QTest::newRow("core::Error") << 0 << QStringLiteral("a.png");
        QTest::newRow("cv::Exception") << 1 << QStringLiteral("Assertion failed");
        QTest::newRow("std::bad_alloc") << 2 << QStringLiteral("not enough memory");
        QTest::newRow("LibTorch-style message") << 3 << QStringLiteral("shape mismatch");
        QTest::newRow("not an exception") << 4 << QStringLiteral("unknown kind");
    }

    void everyKindOfExceptionBecomesAMessage() {
        QFETCH(int, kind);
        QFETCH(QString, expected);
        const auto result = finish([kind]() -> int {
            switch (kind) {
                case 0:
                    throw core::Error(core::ErrorCode::FileEmpty, "/data/a.png", "empty");
                case 1:
                    CV_Assert(kind == 0);
                    break;
                case 2:
                    throw std::bad_alloc();
                case 3:
                    // LibTorch's errors start with a line break and end with a backtrace.
                    throw std::runtime_error("\nshape mismatch at conv1\nException raised from");
                default:
                    throw 7;
            }
            return 0;
        });
        QVERIFY(!result.ok());
        QVERIFY2(result.error.startsWith(QStringLiteral("Counting a.png: ")),
                 qPrintable(result.error));
        QVERIFY2(result.error.contains(expected), qPrintable(result.error));
        QVERIFY2(!result.error.contains(QStringLiteral("Exception raised from")),
                 qPrintable(result.error));
    }

    // Qt scales a big image with the threads of its global pool while the calling thread
    // waits for them. Jobs that held every thread of that pool froze the window for as long
    // as they ran (a scissors map of an 8000x8000 image: 40 s); they run on a pool of their
    // own, so the scaling goes ahead while they work.
    void longJobsLeaveQtsImageScalingItsThreads() {
        const int threads = QThreadPool::globalInstance()->maxThreadCount();
        QVERIFY(ui::backgroundJobPool().maxThreadCount() >= threads);
        QSemaphore started, release, scaled;
        std::vector<QFuture<ui::JobResult<int>>> jobs;
        for (int i = 0; i < threads; ++i)
            jobs.push_back(ui::runBackgroundJob(QString(), [&started, &release] {
                started.release();
                release.acquire();
                return 0;
            }));
        QVERIFY(started.tryAcquire(threads, 10000));
        // Lets the jobs go after 20 s if the scaling waits for them, so that a failure ends.
        std::thread watchdog([&] {
            (void)scaled.tryAcquire(1, 20000);
            release.release(threads);
        });
        QImage big(4000, 4000, QImage::Format_RGB32);
        big.fill(Qt::darkCyan);
        QElapsedTimer clock;
        clock.start();
        const QImage small = big.scaled(500, 500, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
        const qint64 waited = clock.elapsed();
        scaled.release();
        watchdog.join();
        for (auto& job : jobs) job.waitForFinished();
        QCOMPARE(small.size(), QSize(500, 500));
        QVERIFY2(waited < 10000, qPrintable(QStringLiteral("scaling waited %1 ms").arg(waited)));
    }
};

QTEST_MAIN(TestBackgroundJob)
#include "tst_background_job.moc"
