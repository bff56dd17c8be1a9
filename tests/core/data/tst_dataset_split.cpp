#include <QTest>

#include "core/common/error.h"
#include "core/data/dataset_split.h"

using namespace seg;

class TestDatasetSplit : public QObject {
    Q_OBJECT

    static std::vector<core::Sample> samples(int n) {
        std::vector<core::Sample> out;
        for (int i = 0; i < n; ++i)
            out.push_back({"img" + std::to_string(i), "i.png", "m.png", core::Split::Unassigned});
        return out;
    }

    static std::vector<std::string> valIds(const std::vector<core::Sample>& s) {
        std::vector<std::string> out;
        for (const auto& x : s)
            if (x.split == core::Split::Val) out.push_back(x.id);
        return out;
    }

private Q_SLOTS:
    void exactShareAndDeterministic() {
        auto a = samples(500), b = samples(500);
        core::assignSplit(a, 0.2, 7);
        core::assignSplit(b, 0.2, 7);
        QCOMPARE(valIds(a).size(), size_t{100});
        QCOMPARE(valIds(a), valIds(b));
    }

    void independentOfFileOrder() {
        auto a = samples(50), b = samples(50);
        std::reverse(b.begin(), b.end());
        core::assignSplit(a, 0.3, 1);
        core::assignSplit(b, 0.3, 1);
        auto va = valIds(a), vb = valIds(b);
        std::sort(va.begin(), va.end());
        std::sort(vb.begin(), vb.end());
        QCOMPARE(va, vb);
    }

    void seedChangesTheSplit() {
        auto a = samples(200), b = samples(200);
        core::assignSplit(a, 0.5, 1);
        core::assignSplit(b, 0.5, 2);
        QVERIFY(valIds(a) != valIds(b));
    }

    void unlabelledAndPreassignedAreLeftAlone() {
        auto s = samples(4);
        s[0].mask.clear();
        s[1].split = core::Split::Test;
        core::assignSplit(s, 1.0, 3);
        QCOMPARE(s[0].split, core::Split::Unassigned);
        QCOMPARE(s[1].split, core::Split::Test);
        QCOMPARE(s[2].split, core::Split::Val);
    }

    void badFractionIsRejected() {
        auto s = samples(3);
        QVERIFY_THROWS_EXCEPTION(core::Error, core::assignSplit(s, 1.5, 0));
        QVERIFY_THROWS_EXCEPTION(core::Error, core::assignSplit(s, std::nan(""), 0));
    }
};

QTEST_GUILESS_MAIN(TestDatasetSplit)
#include "tst_dataset_split.moc"
