#include "ui/annotate/paint_tools.h"

#include <algorithm>
#include <cmath>

#include <QFutureWatcher>
#include <QPainter>
#include <QPolygonF>
#include <opencv2/core.hpp>

#include "ui/annotate/mask_document.h"
#include "ui/jobs/background_job.h"

namespace seg::ui {

namespace {

cv::Point2f toCv(QPointF p) {
    return {static_cast<float>(p.x()), static_cast<float>(p.y())};
}

QPointF pixelCentre(const cv::Point& p) {
    return QPointF(p.x + 0.5, p.y + 0.5);
}

}  // namespace

// ---- brush and eraser ----

void StrokeTool::press(const ToolEvent& e) {
    if (!m_host.canEdit()) return;
    m_stroking = true;
    m_stroke = core::MaskPatch();
    // Pixel centres: a click on pixel (x, y) paints around (x + 0.5, y + 0.5).
    const cv::Point2f point = toCv(e.image - QPointF(0.5, 0.5));
    const bool straight = (e.modifiers & Qt::ShiftModifier) && m_hasLastPoint;
    m_lastDrawn = straight ? m_lastStrokeEnd : point;
    paintTo(point);  // the straight line, or a dab
    m_lastRaw = point;
}

void StrokeTool::move(const ToolEvent& e) {
    if (!m_stroking) return;
    // Midpoint smoothing: draw to the middle of the last two pointer positions, which
    // rounds off the jitter of the mouse without lagging behind it.
    const cv::Point2f raw = toCv(e.image - QPointF(0.5, 0.5));
    const cv::Point2f mid = (m_lastRaw + raw) * 0.5f;
    m_lastRaw = raw;
    paintTo(mid);
}

void StrokeTool::release(const ToolEvent&) {
    if (!m_stroking) return;
    paintTo(m_lastRaw);
    m_stroking = false;
    m_hasLastPoint = true;
    m_lastStrokeEnd = m_lastRaw;
    m_host.editedDocument().commit(std::move(m_stroke), m_erases ? tr("Erase") : tr("Brush stroke"),
                                   /*journalled=*/true);
    m_stroke = core::MaskPatch();
}

void StrokeTool::reset() {
    m_stroking = false;
}

void StrokeTool::imageChanged() {
    reset();
    m_hasLastPoint = false;
}

void StrokeTool::paintTo(cv::Point2f to) {
    MaskDocument& document = m_host.editedDocument();
    core::MaskPatch segment = core::paintSegment(document.mask(), m_lastDrawn, to, m_host.brush(),
                                                 m_host.paintValue(), m_host.lock());
    m_lastDrawn = to;
    if (segment.empty()) return;
    document.journal(segment);
    m_host.repaintPixels(toQRect(segment.bounds()));
    m_stroke.merge(segment);
}

// ---- flood fill ----

void FillTool::press(const ToolEvent& e) {
    if (!e.inside || !m_host.canEdit()) return;
    MaskDocument& document = m_host.editedDocument();
    document.commit(
        core::floodFill(document.mask(), document.imageBgr(), {e.pixel.x(), e.pixel.y()},
                        m_host.fillTolerance(), m_host.paintValue(), m_host.lock()),
        tr("Flood fill"));
}

// ---- polygon and lasso ----

void ShapeTool::press(const ToolEvent& e) {
    if (!m_host.canEdit()) return;
    if (m_lasso)
        m_points = {e.image};
    else
        m_points.push_back(e.image);
    m_host.repaintView();
}

void ShapeTool::move(const ToolEvent& e) {
    if (!m_lasso || m_points.empty() || !(e.buttons & Qt::LeftButton)) return;
    m_points.push_back(e.image);
    m_host.repaintView();
}

void ShapeTool::release(const ToolEvent&) {
    if (m_lasso && !m_points.empty()) finish();
}

void ShapeTool::doubleClick(const ToolEvent&) {
    if (!m_lasso) finish();
}

bool ShapeTool::key(int key) {
    if (key == Qt::Key_Return || key == Qt::Key_Enter) {
        if (m_lasso) return false;
        finish();
        return true;
    }
    return false;
}

void ShapeTool::reset() {
    m_points.clear();
    m_host.repaintView();
}

void ShapeTool::finish() {
    if (m_points.size() >= 3 && m_host.canEdit()) {
        std::vector<cv::Point> polygon;
        for (const auto& p : m_points)
            polygon.emplace_back(int(std::floor(p.x())), int(std::floor(p.y())));
        MaskDocument& document = m_host.editedDocument();
        document.commit(
            core::fillPolygon(document.mask(), polygon, m_host.paintValue(), m_host.lock()),
            m_lasso ? tr("Lasso fill") : tr("Polygon fill"));
    }
    reset();
}

void ShapeTool::draw(QPainter& painter, QPointF cursor, const QColor& ink) const {
    if (m_points.empty()) return;
    QPolygonF poly;
    for (const auto& p : m_points) poly << m_host.toWidget(p + QPointF(0.5, 0.5));
    if (!m_lasso && cursor.x() >= 0) poly << cursor;
    painter.setPen(QPen(ink, 2, Qt::DashLine));
    painter.drawPolyline(poly);
}

// ---- rectangle and GrabCut ----

void BoxTool::press(const ToolEvent& e) {
    if (!m_host.canEdit()) return;
    m_dragging = true;
    m_start = e.image;
}

void BoxTool::release(const ToolEvent& e) {
    if (!m_dragging) return;
    m_dragging = false;
    m_host.repaintView();
    if (!m_host.canEdit()) return;
    const QRectF box = QRectF(m_start, e.image).normalized();
    if (m_kind == Kind::GrabCut) {
        applyGrabCut(box);
        return;
    }
    const cv::Rect rect(int(std::floor(box.left())), int(std::floor(box.top())),
                        int(std::floor(box.right())) - int(std::floor(box.left())) + 1,
                        int(std::floor(box.bottom())) - int(std::floor(box.top())) + 1);
    MaskDocument& document = m_host.editedDocument();
    if (m_kind == Kind::AcceptPrediction) {
        const cv::Mat& predicted = m_host.livePrediction();
        if (predicted.empty() || predicted.size() != document.mask().size()) return;
        document.commit(core::acceptPrediction(document.mask(), predicted, rect,
                                               document.classes().size(),
                                               document.classes().ignoreIndex()),
                        tr("Accept live prediction in a box"));
        return;
    }
    document.commit(core::fillRectangle(document.mask(), rect, m_host.paintValue(), m_host.lock()),
                    tr("Rectangle fill"));
}

void BoxTool::draw(QPainter& painter, QPointF cursor, const QColor& ink) const {
    if (!m_dragging) return;
    painter.setPen(QPen(ink, 2, Qt::DashLine));
    painter.drawRect(QRectF(m_host.toWidget(m_start), cursor).normalized());
}

void BoxTool::applyGrabCut(const QRectF& box) {
    MaskDocument& document = m_host.editedDocument();
    const cv::Size size = document.mask().size();
    const cv::Rect rect = cv::Rect(int(std::floor(box.left())), int(std::floor(box.top())),
                                   int(std::ceil(box.width())), int(std::ceil(box.height()))) &
                          cv::Rect(0, 0, size.width, size.height);
    if (rect.width < 4 || rect.height < 4) return;
    // GrabCut models colours from around the box: half the box's size on each side is
    // enough, and keeps the cost independent of the image's size.
    const int margin = std::max(rect.width, rect.height) / 2;
    const cv::Rect area = cv::Rect(rect.x - margin, rect.y - margin, rect.width + 2 * margin,
                                   rect.height + 2 * margin) &
                          cv::Rect(0, 0, size.width, size.height);
    const uint8_t value = m_host.paintValue(), ignore = document.classes().ignoreIndex();
    // Labels already inside the box seed GrabCut: the current class is foreground, any
    // other class background. Without any, the box alone does.
    cv::Mat scribbles(area.size(), CV_8UC1, cv::Scalar(0));
    const cv::Rect local = rect - area.tl();
    const cv::Mat inside = document.mask()(rect);
    scribbles(local).setTo(1, inside == value);
    scribbles(local).setTo(2, (inside != value) & (inside != ignore));
    const cv::Mat image = document.imageBgr()(area);  // shared, never written while open
    const int generation = document.generation();
    const core::PaintLock lock = m_host.lock();
    m_host.setBusy(true);
    // Off the GUI thread: GrabCut takes a while on large boxes. The result is dropped if
    // another image opened meanwhile.
    auto* watcher = new QFutureWatcher<JobResult<cv::Mat>>(m_host.jobOwner());
    QObject::connect(watcher, &QFutureWatcher<JobResult<cv::Mat>>::finished, m_host.jobOwner(),
                     [this, watcher, generation, rect, local, value, lock] {
                         watcher->deleteLater();
                         m_host.setBusy(false);
                         MaskDocument& document = m_host.editedDocument();
                         if (!document.isOpen() || document.generation() != generation) return;
                         const auto result = watcher->result();
                         if (!result.ok()) {
                             m_host.backgroundToolEnded(result.error);
                             return;
                         }
                         document.commit(core::applyStamp(document.mask(), result.value(local),
                                                          rect, value, lock),
                                         tr("GrabCut"));
                         m_host.backgroundToolEnded(QString());
                     });
    watcher->setFuture(runBackgroundJob(tr("GrabCut"), [image, scribbles, local] {
        return cv::countNonZero(scribbles(local) == 1) > 0
                   ? core::grabCutScribbles(image, scribbles, local)
                   : core::grabCutBox(image, local);
    }));
}

// ---- superpixels ----

void SuperpixelTool::press(const ToolEvent& e) {
    if (!e.inside || !m_host.canEdit()) return;
    const cv::Point at(e.pixel.x(), e.pixel.y());
    if (m_superpixels)
        fillAt(at);
    else
        buildThenFill(at);
}

void SuperpixelTool::imageChanged() {
    m_superpixels.reset();
    m_pendingClick.reset();  // a build still running is dropped when it ends (generation)
}

void SuperpixelTool::fillAt(cv::Point at) {
    MaskDocument& document = m_host.editedDocument();
    cv::Rect bounds;
    const cv::Mat region = m_superpixels->regionAt(at, &bounds);
    document.commit(core::applyStamp(document.mask(), region(bounds), bounds, m_host.paintValue(),
                                     m_host.lock()),
                    tr("Superpixel fill"));
}

// The superpixels of a large image take seconds: they are built on a worker thread, and the
// click that asked for them (the last one, if there were several) fills once they are ready.
void SuperpixelTool::buildThenFill(cv::Point at) {
    const bool building = m_pendingClick.has_value();
    m_pendingClick = at;
    if (building) return;
    MaskDocument& document = m_host.editedDocument();
    const cv::Mat image = document.imageBgr();  // shared, never written while open
    const int generation = document.generation();
    // About 600 superpixels whatever the image size, at least 8 pixels across.
    const int side = std::max(8, int(std::sqrt(double(image.size().area()) / 600.0)));
    m_host.setBusy(true);
    using Result = JobResult<std::shared_ptr<const core::Superpixels>>;
    auto* watcher = new QFutureWatcher<Result>(m_host.jobOwner());
    QObject::connect(watcher, &QFutureWatcher<Result>::finished, m_host.jobOwner(),
                     [this, watcher, generation] {
                         watcher->deleteLater();
                         m_host.setBusy(false);
                         const Result result = watcher->result();
                         MaskDocument& document = m_host.editedDocument();
                         if (!document.isOpen() || document.generation() != generation) return;
                         const auto click = std::exchange(m_pendingClick, std::nullopt);
                         if (!result.ok()) {
                             m_host.backgroundToolEnded(result.error);
                             return;
                         }
                         m_superpixels = result.value;
                         if (click && m_host.canEdit()) fillAt(*click);
                         m_host.backgroundToolEnded(QString());
                     });
    watcher->setFuture(runBackgroundJob(
        tr("Superpixels"),
        [image, side] { return std::make_shared<const core::Superpixels>(image, side); }, 5));
}

// ---- intelligent scissors ----

void ScissorsTool::press(const ToolEvent& e) {
    if (!e.inside || !m_host.canEdit()) return;
    const cv::Point point(e.pixel.x(), e.pixel.y());
    if (m_building)
        m_queued.push_back(point);  // placed once the map it needs is ready
    else
        anchorAt(point);
}

void ScissorsTool::anchorAt(cv::Point point) {
    if (!m_path.empty()) {
        // The live segment becomes part of the boundary (getContour runs from the point
        // back to the anchor: reverse it).
        std::vector<cv::Point> segment = m_scissors->pathTo(point);
        m_path.insert(m_path.end(), segment.rbegin(), segment.rend());
    }
    m_path.push_back(point);
    m_live.clear();
    buildMapAt(point);
    m_host.repaintView();
}

// The edge costs of the image and the paths from each anchor cover the whole image: seconds
// on a large one. Both are built on a worker thread; until the map is ready the path to the
// cursor is a straight line and clicks wait their turn. While it builds only the worker
// touches m_scissors.
void ScissorsTool::buildMapAt(cv::Point anchor) {
    MaskDocument& document = m_host.editedDocument();
    const int generation = document.generation();
    m_building = true;
    m_host.setBusy(true);
    using Result = JobResult<std::shared_ptr<core::Scissors>>;
    auto* watcher = new QFutureWatcher<Result>(m_host.jobOwner());
    QObject::connect(watcher, &QFutureWatcher<Result>::finished, m_host.jobOwner(),
                     [this, watcher, generation] {
                         watcher->deleteLater();
                         m_host.setBusy(false);
                         m_building = false;
                         const Result result = watcher->result();
                         MaskDocument& document = m_host.editedDocument();
                         if (!document.isOpen() || document.generation() != generation) return;
                         if (!result.ok()) {
                             reset();
                             m_host.backgroundToolEnded(result.error);
                             return;
                         }
                         m_scissors = result.value;
                         // Clicks made meanwhile (after a reset, the first starts a new boundary).
                         while (!m_queued.empty() && !m_building) {
                             const cv::Point next = m_queued.front();
                             m_queued.erase(m_queued.begin());
                             anchorAt(next);
                         }
                         if (!m_building && std::exchange(m_closeQueued, false)) close();
                         m_host.repaintView();
                     });
    watcher->setFuture(runBackgroundJob(
        tr("Intelligent scissors"),
        [scissors = m_scissors, image = document.imageBgr(), anchor] {
            auto built = scissors ? scissors : std::make_shared<core::Scissors>(image);
            built->setAnchor(anchor);
            return built;
        },
        5));
}

void ScissorsTool::move(const ToolEvent& e) {
    if (m_path.empty() || !e.inside) return;
    if (m_building) {
        m_live = {cv::Point(e.pixel.x(), e.pixel.y())};  // a straight line until the map is ready
    } else {
        m_live = m_scissors->pathTo({e.pixel.x(), e.pixel.y()});
        std::reverse(m_live.begin(), m_live.end());
    }
    m_host.repaintView();
}

void ScissorsTool::doubleClick(const ToolEvent&) {
    if (m_building)
        m_closeQueued = true;
    else
        close();
}

void ScissorsTool::close() {
    // Close the boundary along the edges back to its first point, then fill it.
    if (m_path.size() >= 2 && m_host.canEdit()) {
        std::vector<cv::Point> closing = m_scissors->pathTo(m_path.front());
        m_path.insert(m_path.end(), closing.rbegin(), closing.rend());
        MaskDocument& document = m_host.editedDocument();
        document.commit(
            core::fillPolygon(document.mask(), m_path, m_host.paintValue(), m_host.lock()),
            tr("Scissors fill"));
    }
    reset();
}

void ScissorsTool::reset() {
    m_path.clear();
    m_live.clear();
    m_queued.clear();
    m_closeQueued = false;
    m_host.repaintView();
}

void ScissorsTool::imageChanged() {
    reset();
    m_scissors.reset();  // a build still running is dropped when it ends (generation)
}

void ScissorsTool::draw(QPainter& painter, QPointF, const QColor& ink) const {
    if (m_path.empty()) return;
    QPolygonF path;
    for (const auto& p : m_path) path << m_host.toWidget(pixelCentre(p));
    for (const auto& p : m_live) path << m_host.toWidget(pixelCentre(p));
    painter.setPen(QPen(ink, 2));
    painter.drawPolyline(path);
}

}  // namespace seg::ui
