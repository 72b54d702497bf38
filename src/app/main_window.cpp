#include "app/main_window.h"

#include "app/appearance.h"
#include "app/curves/curves_workspace.h"
#include "app/deep/deep_workspace.h"
#include "app/export.h"
#include "app/language.h"
#include "app/lessons/lesson_player.h"
#include "app/lessons/lessons_menu.h"
#include "app/mlp/mlp_workspace.h"
#include "app/softmax/softmax_workspace.h"
#include "app/summary/summary_workspace.h"
#include "app/train/train_workspace.h"
#include "ui_main_window.h"

#include <Eigen/Core>
#include <QAbstractSpinBox>
#include <QActionGroup>
#include <QCloseEvent>
#include <QDialog>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QHeaderView>
#include <QKeyEvent>
#include <QMenu>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QStandardPaths>
#include <QTableWidget>
#include <QThread>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <qcustomplot.h>

namespace al {

namespace {

// Every workspace, in the order of the menu, the list and the shortcuts. Adding one is a row.
struct WorkspaceEntry {
    const char *id; // for --workspace and the settings
    const char *name; // the menu's text, with its mnemonic (translated in MainWindow's context)
    const char *toolTip;
    const char *shortcut;
    Workspace *(*make)(Appearance &appearance, QWidget *parent);
    bool showsActivations; // where --activation and Summary's rows lead
};

template<typename W>
Workspace *make(Appearance &appearance, QWidget *parent)
{
    return new W(appearance, parent);
}

const WorkspaceEntry kWorkspaces[] {
    {"curves", QT_TRANSLATE_NOOP("MainWindow", "&Curves"),
        QT_TRANSLATE_NOOP("MainWindow", "Every activation and its gradient"), "Ctrl+1",
        &make<CurvesWorkspace>, true},
    {"softmax", QT_TRANSLATE_NOOP("MainWindow", "&Softmax && dim"),
        QT_TRANSLATE_NOOP("MainWindow", "What Softmax's dim normalises"), "Ctrl+2",
        &make<SoftmaxWorkspace>, false},
    {"mlp", QT_TRANSLATE_NOOP("MainWindow", "&Forward pass"),
        QT_TRANSLATE_NOOP("MainWindow", "Step the example network layer by layer"), "Ctrl+3",
        &make<MlpWorkspace>, false},
    {"deep", QT_TRANSLATE_NOOP("MainWindow", "&Deep stack"),
        QT_TRANSLATE_NOOP("MainWindow", "Vanishing and exploding gradients through many layers"),
        "Ctrl+4", &make<DeepWorkspace>, false},
    {"train", QT_TRANSLATE_NOOP("MainWindow", "&Train"),
        QT_TRANSLATE_NOOP("MainWindow", "Watch a network learn, and compare activations"), "Ctrl+5",
        &make<TrainWorkspace>, false},
    {"summary", QT_TRANSLATE_NOOP("MainWindow", "S&ummary"),
        QT_TRANSLATE_NOOP("MainWindow", "The summary table of the activations"), "Ctrl+6",
        &make<SummaryWorkspace>, false},
};
constexpr int kWorkspaceCount = static_cast<int>(std::size(kWorkspaces));

// A menu text without its mnemonic: "&Softmax && dim" -> "Softmax & dim".
QString withoutMnemonic(QString text)
{
    text.replace(QLatin1String("&&"), QLatin1String("\x01"));
    text.remove(QLatin1Char('&'));
    return text.replace(QLatin1Char('\x01'), QLatin1Char('&'));
}
constexpr int kSettingsFormat = 1;
constexpr qint64 kMaxSettingsBytes = 1024 * 1024;
constexpr int kAutosaveMilliseconds = 5000;
constexpr double kZoomStep = 1.15;

// Where a remembered flag of a mode lives: "panels/normal/controls", ...
QString panelKey(bool presentation, const char *panel)
{
    return QStringLiteral("panels/%1/%2")
        .arg(presentation ? QLatin1String("presentation") : QLatin1String("normal"),
            QLatin1String(panel));
}

} // namespace

MainWindow::MainWindow(const Options &options, QWidget *parent)
    : QMainWindow(parent)
    , ui_(std::make_unique<Ui::MainWindow>())
    , appearance_(new Appearance(this))
    , language_(new Language(this))
    , settings_(std::make_unique<QSettings>())
{
    // Before any widget is made: they take their locale from the window.
    QLocale::setDefault(Language::numberLocale());
    setLocale(Language::numberLocale());
    ui_->setupUi(this);
    workspaces_.resize(kWorkspaceCount);
    for (const WorkspaceEntry &entry : kWorkspaces) {
        new QListWidgetItem(ui_->workspaceList);
        auto *action = new QAction(this);
        action->setObjectName(QStringLiteral("%1Action").arg(QLatin1String(entry.id)));
        action->setCheckable(true);
        action->setShortcut(QKeySequence(QLatin1String(entry.shortcut)));
        workspaceActions_.append(action);
    }
    ui_->menuView->insertActions(ui_->menuView->actions().value(0), workspaceActions_);
    // The menu bar folds away in presentation mode: every shortcut must still work, and the menus
    // stay one click away behind a toolbar button.
    for (QAction *action : findChildren<QAction *>())
        if (!action->shortcut().isEmpty())
            addAction(action);
    menuButton_ = new QToolButton(this);
    menuButton_->setObjectName(QStringLiteral("menuButton"));
    menuButton_->setPopupMode(QToolButton::InstantPopup);
    menuButton_->setToolButtonStyle(Qt::ToolButtonTextOnly);
    // The menus join this popup only while it is open: a menu action shared with the menu bar
    // for good makes the menu bar rebuild itself under a retranslation, which Qt 6.4 does not
    // survive.
    auto *menus = new QMenu(menuButton_);
    connect(menus, &QMenu::aboutToShow, menus,
        [this, menus] { menus->addActions(ui_->menuBar->actions()); });
    connect(menus, &QMenu::aboutToHide, menus, &QMenu::clear);
    menuButton_->setMenu(menus);
    menuButtonAction_
        = ui_->mainToolBar->insertWidget(ui_->mainToolBar->actions().constFirst(), menuButton_);
    menuButtonAction_->setVisible(false);
    workspaceSeparator_ = ui_->mainToolBar->insertSeparator(ui_->actionToggleLanguage);
    workspaceSeparator_->setVisible(false);
    retranslate();

    // Settings this app wrote carry format=1. A file without it (damaged, truncated, not ours) is
    // set aside as *.corrupt for the teacher to inspect, and this start uses the defaults.
    QString settingsProblem;
    const QString settingsPath = settings_->fileName();
    // Ours is a few kilobytes; a file of megabytes is not read at all (it would stall start-up).
    const qint64 settingsSize = QFileInfo(settingsPath).size();
    if (settingsSize > kMaxSettingsBytes
        || (settingsSize > 0
            && settings_->value(QStringLiteral("format")).toInt() != kSettingsFormat)) {
        settings_.reset();
        const QString aside = settingsPath + QStringLiteral(".corrupt");
        QFile::remove(aside);
        settingsProblem = QFile::rename(settingsPath, aside)
            ? tr(
                "The settings file could not be read; it was kept as %1 and the defaults are used.")
                  .arg(aside)
            : tr("The settings file %1 could not be read; the defaults are used this time.")
                  .arg(settingsPath);
        settings_ = std::make_unique<QSettings>();
        settingsUsable_ = QFile::exists(aside) || !QFile::exists(settingsPath);
        restoreSettings_ = false;
    }

    setUpLessons();
    auto *workspaceGroup = new QActionGroup(this);
    for (int i = 0; i < kWorkspaceCount; ++i) {
        workspaceGroup->addAction(workspaceAction(i));
        connect(workspaceAction(i), &QAction::triggered, this, [this, i] { showWorkspace(i); });
    }
    connect(ui_->workspaceList, &QListWidget::currentRowChanged, this, &MainWindow::showWorkspace);
    ui_->workspaceList->installEventFilter(this); // its font grows in presentation mode
    qApp->installEventFilter(this); // commas typed into spin boxes (eventFilter)

    auto *themeGroup = new QActionGroup(this);
    const std::pair<QAction *, Appearance::Theme> themes[]
        = {{ui_->actionThemeSystem, Appearance::Theme::System},
            {ui_->actionThemeLight, Appearance::Theme::Light},
            {ui_->actionThemeDark, Appearance::Theme::Dark}};
    for (const auto &[action, theme] : themes) {
        themeGroup->addAction(action);
        connect(action, &QAction::triggered, this,
            [this, theme = theme] { appearance_->setTheme(theme); });
    }

    auto *languageGroup = new QActionGroup(this);
    languageGroup->addAction(ui_->actionChinese);
    languageGroup->addAction(ui_->actionEnglish);
    connect(ui_->actionChinese, &QAction::triggered, this,
        [this] { setLanguage(QStringLiteral("zh_CN")); });
    connect(ui_->actionEnglish, &QAction::triggered, this,
        [this] { setLanguage(QStringLiteral("en")); });
    connect(ui_->actionToggleLanguage, &QAction::triggered, this, [this] {
        setLanguage(
            language() == QLatin1String("zh_CN") ? QStringLiteral("en") : QStringLiteral("zh_CN"));
    });
    ui_->actionPresentation->setShortcuts({QKeySequence(Qt::Key_F5)});
    connect(ui_->actionPresentation, &QAction::toggled, this, &MainWindow::setPresentation);
    auto *leavePresentation = new QAction(this);
    leavePresentation->setShortcut(QKeySequence(Qt::Key_Escape));
    addAction(leavePresentation);
    connect(leavePresentation, &QAction::triggered, this, [this] {
        if (appearance_->presentation())
            setPresentation(false);
    });
    connect(ui_->actionControls, &QAction::toggled, this, &MainWindow::setControlsShown);
    connect(ui_->actionNotes, &QAction::toggled, this, &MainWindow::setNotesShown);
    connect(ui_->actionZoomIn, &QAction::triggered, this, [this] { setZoom(zoom() * kZoomStep); });
    connect(ui_->actionZoomOut, &QAction::triggered, this, [this] { setZoom(zoom() / kZoomStep); });
    connect(ui_->actionZoomReset, &QAction::triggered, this, [this] { setZoom(1.0); });
    connect(ui_->actionShortcuts, &QAction::triggered, this, &MainWindow::showShortcuts);
    connect(ui_->actionExport, &QAction::triggered, this, &MainWindow::exportWithDialog);
    connect(ui_->actionExportProgram, &QAction::triggered, this, &MainWindow::exportProgram);
    connect(ui_->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(ui_->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);

    // Remembered choices, then the command line over them.
    QSettings &s = *settings_;
    const QString theme
        = restoreSettings_ ? s.value(QStringLiteral("theme")).toString() : QString();
    (theme == QLatin1String("dark")           ? ui_->actionThemeDark
            : theme == QLatin1String("light") ? ui_->actionThemeLight
                                              : ui_->actionThemeSystem)
        ->trigger();
    ui_->actionLightExport->setChecked(
        restoreSettings_ && s.value(QStringLiteral("export/light")).toBool());
    QString code = options.language;
    if (code.isEmpty() && restoreSettings_)
        code = s.value(QStringLiteral("language")).toString();
    if (!Language::isKnown(code))
        code = Language::systemDefault();
    setLanguage(code);
    if (restoreSettings_)
        for (const bool mode : {false, true}) {
            controlsShown_[mode]
                = s.value(panelKey(mode, "controls"), controlsShown_[mode]).toBool();
            notesShown_[mode] = s.value(panelKey(mode, "notes"), notesShown_[mode]).toBool();
        }
    if (!restoreSettings_
        || !restoreGeometry(s.value(QStringLiteral("window/geometry")).toByteArray())) {
        // First start: the everyday size where the screen has room for it, else the whole
        // available area (a 1024 x 768 projector). Where it goes is the window manager's choice
        // (a centred window that the teacher then maximises would hang off the screen without
        // one); fitToScreen keeps it inside the available area.
        resize(QSize(1280, 800).boundedTo(screen()->availableGeometry().size()));
    }
    fitToScreen();
    setZoom(s.value(zoomKey(), 1.0).toDouble());
    applyPanels();

    int start = workspaceIndex(options.workspace);
    if (start < 0 && restoreSettings_)
        start = workspaceIndex(s.value(QStringLiteral("window/workspace")).toString());
    if (start >= 0)
        showWorkspace(start);
    if (!options.activation.isEmpty())
        openActivation(options.activation);
    if (currentWorkspace() < 0)
        showWorkspace(0);
    if (options.presentation)
        ui_->actionPresentation->setChecked(true);
    // Saved every few seconds as well as on close: a killed session loses seconds, not a lesson.
    auto *autosave = new QTimer(this);
    autosave->setObjectName(QStringLiteral("autosaveTimer"));
    connect(autosave, &QTimer::timeout, this, &MainWindow::saveSettings);
    autosave->start(kAutosaveMilliseconds);
    if (!settingsProblem.isEmpty())
        showStatus(settingsProblem);
}

MainWindow::~MainWindow() = default;

int MainWindow::workspaceCount()
{
    return kWorkspaceCount;
}

int MainWindow::workspaceIndex(const QString &id)
{
    for (int i = 0; i < kWorkspaceCount; ++i)
        if (id == QLatin1String(kWorkspaces[i].id))
            return i;
    return -1;
}

QString MainWindow::workspaceId(int index)
{
    return QString::fromLatin1(kWorkspaces[index].id);
}

QStringList MainWindow::workspaceIds()
{
    QStringList ids;
    for (const WorkspaceEntry &entry : kWorkspaces)
        ids << QString::fromLatin1(entry.id);
    return ids;
}

Workspace *MainWindow::workspace(int index)
{
    if (index < 0 || index >= kWorkspaceCount)
        return nullptr;
    if (workspaces_[static_cast<size_t>(index)])
        return workspaces_[static_cast<size_t>(index)];
    Workspace *built = kWorkspaces[index].make(*appearance_, ui_->workspaceStack);
    built->setObjectName(workspaceId(index) + QStringLiteral("Workspace"));
    built->setControlsShown(controlsShown_[appearance_->presentation()]);
    built->setNotesShown(notesShown_[appearance_->presentation()]);
    if (restoreSettings_) {
        // Through the workspace's own checks: a damaged value keeps its default.
        QVariantMap state;
        settings_->beginGroup(workspaceId(index));
        for (const QString &key : settings_->allKeys())
            state.insert(key, settings_->value(key));
        settings_->endGroup();
        built->setViewState(state, StateMode::Lenient);
    }
    connect(built, &Workspace::statusMessage, this, &MainWindow::showStatus);
    connect(built, &Workspace::activationRequested, this, &MainWindow::openActivation);
    ui_->workspaceStack->addWidget(built);
    workspaces_[static_cast<size_t>(index)] = built;
    return built;
}

void MainWindow::setUpLessons()
{
    LessonPlayer::Host host;
    host.show = [this](const LessonSlide &slide) {
        const int index = workspaceIndex(slide.workspace);
        if (index < 0)
            return QStringList {tr("There is no workspace \"%1\".").arg(slide.workspace)};
        const QStringList problems = workspace(index)->setViewState(slide.state, StateMode::Apply);
        showWorkspace(index);
        return problems;
    };
    host.capture = [this] {
        LessonSlide slide;
        slide.workspace = workspaceId(currentWorkspace());
        slide.state = workspace(currentWorkspace())->viewState();
        return slide;
    };
    host.picture = [this] { return workspace(currentWorkspace())->mainVisual(); };
    host.workspace = [this] { return static_cast<QWidget *>(workspace(currentWorkspace())); };
    host.settle = [this] { settle(); };
    host.pictureOnly = [this](bool on) {
        // The handout's pictures take the whole workspace: controls and notes fold meanwhile,
        // and come back as they were.
        const bool mode = appearance_->presentation();
        if (on) {
            panelsBeforeHandout_ = {controlsShown_[mode], notesShown_[mode]};
            controlsShown_[mode] = notesShown_[mode] = false;
        } else {
            std::tie(controlsShown_[mode], notesShown_[mode]) = panelsBeforeHandout_;
        }
        applyPanels();
    };
    host.language = [this] { return language(); };
    lessonPlayer_ = new LessonPlayer(std::move(host), this);
    // The bar goes under the workspaces, beside the navigation list.
    auto *column = new QWidget(this);
    auto *layout = new QVBoxLayout(column);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    ui_->centralLayout->replaceWidget(ui_->workspaceStack, column);
    layout->addWidget(ui_->workspaceStack, 1);
    layout->addWidget(lessonPlayer_);
    connect(lessonPlayer_, &LessonPlayer::statusMessage, this, &MainWindow::showStatus);

    const SlideCheck check = [this](const QString &id, const QVariantMap &state) {
        const int index = workspaceIndex(id);
        if (index < 0)
            return tr("There is no workspace \"%1\".").arg(id.left(40));
        return workspace(index)->setViewState(state, StateMode::Check).join(QStringLiteral("; "));
    };
    lessonsMenu_ = new LessonsMenu(*lessonPlayer_, check, *settings_, this);
    ui_->menuBar->insertMenu(ui_->menuHelp->menuAction(), lessonsMenu_);
    ui_->menuFile->insertAction(ui_->actionExport, lessonsMenu_->openAction());
    ui_->menuFile->insertSeparator(ui_->actionExport);
    connect(lessonsMenu_, &LessonsMenu::statusMessage, this, &MainWindow::showStatus);
    // Shortcuts work with the menu bar folded away (presentation mode) too.
    for (QAction *action : lessonsMenu_->actions())
        if (!action->shortcut().isEmpty())
            addAction(action);
}

bool MainWindow::openLesson(const QString &nameOrPath, int slide, QString *error)
{
    return lessonsMenu_->openLesson(nameOrPath, slide, error);
}

void MainWindow::settle()
{
    QElapsedTimer clock;
    clock.start();
    Workspace *current = workspace(currentWorkspace());
    QCoreApplication::processEvents();
    while (current && !current->settled() && clock.elapsed() < 5000) {
        QThread::msleep(5); // the workspace's worker thread is computing
        QCoreApplication::processEvents();
    }
    QCoreApplication::processEvents();
}

void MainWindow::openActivation(const QString &functionalName)
{
    for (int i = 0; i < kWorkspaceCount; ++i)
        if (kWorkspaces[i].showsActivations) {
            showWorkspace(i);
            if (!workspace(i)->selectActivation(functionalName))
                showStatus(tr("There is no activation called \"%1\".").arg(functionalName));
            return;
        }
}

int MainWindow::currentWorkspace() const
{
    for (int i = 0; i < kWorkspaceCount; ++i)
        if (workspaces_[static_cast<size_t>(i)]
            && ui_->workspaceStack->currentWidget() == workspaces_[static_cast<size_t>(i)])
            return i;
    return -1;
}

void MainWindow::showWorkspace(int index)
{
    Workspace *target = workspace(index);
    if (!target)
        return;
    ui_->workspaceStack->setCurrentWidget(target);
    {
        const QSignalBlocker block(ui_->workspaceList);
        ui_->workspaceList->setCurrentRow(index);
    }
    workspaceAction(index)->setChecked(true);
    ui_->actionExport->setEnabled(true);
    ui_->actionExportProgram->setEnabled(!target->pythonProgram().isEmpty());
}

bool MainWindow::setLanguage(const QString &code)
{
    QString error;
    if (!language_->apply(code, &error)) {
        showStatus(error);
        return false;
    }
    (code == QLatin1String("zh_CN") ? ui_->actionChinese : ui_->actionEnglish)->setChecked(true);
    return true;
}

QString MainWindow::language() const
{
    return language_->current();
}

void MainWindow::setPresentation(bool on)
{
    if (on == appearance_->presentation())
        return;
    // The picture first: the navigation and the menu bar fold into the toolbar, the notes fold
    // (unless the teacher opened them in this mode before), the text grows by this screen's zoom.
    const double zoom = settings_->value(zoomKey(on), 1.0).toDouble();
    if (!on) {
        // The text shrinks first, the hidden navigation's too (Qt posts the change to hidden
        // widgets): shown with the large text, the navigation and the controls would widen the
        // window past the screen, and it would stay that wide.
        appearance_->setMode(false, zoom);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::ApplicationFontChange);
    }
    ui_->menuBar->setVisible(!on);
    ui_->workspaceList->setVisible(!on);
    menuButtonAction_->setVisible(on);
    workspaceSeparator_->setVisible(on);
    for (int i = 0; i < kWorkspaceCount; ++i)
        if (on)
            ui_->mainToolBar->insertAction(workspaceSeparator_, workspaceAction(i));
        else
            ui_->mainToolBar->removeAction(workspaceAction(i));
    if (on) {
        statesBeforePresentation_ = windowState();
        geometryBeforePresentation_ = geometry();
        appearance_->setMode(true, zoom);
        // Without a window manager (a kiosk, a bare X server) nobody honours "full screen":
        // cover the screen first (after, it would clear the state); with one, this is what
        // full screen means anyway.
        setGeometry(screen()->geometry());
        showFullScreen();
    } else {
        setWindowState(statesBeforePresentation_);
        if (!(statesBeforePresentation_ & (Qt::WindowMaximized | Qt::WindowFullScreen)))
            setGeometry(geometryBeforePresentation_);
    }
    applyPanels();
    lessonPlayer_->setPresentation(on); // the teacher's note folds away
    const QSignalBlocker block(ui_->actionPresentation);
    ui_->actionPresentation->setChecked(on);
}

bool MainWindow::presentation() const
{
    return appearance_->presentation();
}

void MainWindow::setControlsShown(bool shown)
{
    controlsShown_[appearance_->presentation()] = shown;
    applyPanels();
}

void MainWindow::setNotesShown(bool shown)
{
    notesShown_[appearance_->presentation()] = shown;
    applyPanels();
}

void MainWindow::applyPanels()
{
    const bool mode = appearance_->presentation();
    for (Workspace *w : workspaces_)
        if (w) {
            w->setControlsShown(controlsShown_[mode]);
            w->setNotesShown(notesShown_[mode]);
        }
    const QSignalBlocker blockControls(ui_->actionControls), blockNotes(ui_->actionNotes);
    ui_->actionControls->setChecked(controlsShown_[mode]);
    ui_->actionNotes->setChecked(notesShown_[mode]);
}

QString MainWindow::zoomKey(bool presentation) const
{
    // Per screen: a projector and a laptop panel want different sizes.
    QScreen *s = screen();
    QString name = s->name().isEmpty() ? QStringLiteral("screen") : s->name();
    name.replace(QLatin1Char('/'), QLatin1Char('_'));
    return QStringLiteral("zoom/%1_%2x%3/%4")
        .arg(name)
        .arg(s->size().width())
        .arg(s->size().height())
        .arg(presentation ? QLatin1String("presentation") : QLatin1String("normal"));
}

QString MainWindow::zoomKey() const
{
    return zoomKey(appearance_->presentation());
}

double MainWindow::zoom() const
{
    return appearance_->zoom();
}

void MainWindow::setZoom(double zoom)
{
    appearance_->setZoom(zoom);
    if (settingsUsable_) {
        // Written before the first whole save: the format goes with it, or a quit before that
        // save would leave a file the next start takes for damaged.
        settings_->setValue(QStringLiteral("format"), kSettingsFormat);
        settings_->setValue(zoomKey(), appearance_->zoom());
    }
    ui_->actionZoomReset->setEnabled(appearance_->zoom() != 1.0);
    if (!appearance_->presentation())
        fitToScreen();
}

void MainWindow::fitToScreen()
{
    if (windowState() & (Qt::WindowFullScreen | Qt::WindowMaximized))
        return;
    const QRect available = screen()->availableGeometry();
    // The frame the window manager adds is known once shown; before that, allow for a title bar.
    const QSize frame = isVisible() ? frameGeometry().size() - size() : QSize(0, 0);
    const QSize fits = size().boundedTo(available.size() - frame);
    if (fits != size())
        resize(fits);
    QRect outer = isVisible() ? frameGeometry() : geometry();
    if (!available.contains(outer)) {
        outer.moveLeft(std::clamp(outer.left(), available.left(),
            std::max(available.left(), available.right() - outer.width() + 1)));
        outer.moveTop(std::clamp(outer.top(), available.top(),
            std::max(available.top(), available.bottom() - outer.height() + 1)));
        move(outer.topLeft());
    }
}

void MainWindow::retranslate()
{
    ui_->retranslateUi(this);
    for (int i = 0; i < kWorkspaceCount; ++i) {
        // The form's context, where these texts were first translated.
        const QString name = QCoreApplication::translate("MainWindow", kWorkspaces[i].name);
        workspaceActions_[i]->setText(name);
        workspaceActions_[i]->setToolTip(
            QCoreApplication::translate("MainWindow", kWorkspaces[i].toolTip));
        ui_->workspaceList->item(i)->setText(withoutMnemonic(name));
    }
    ui_->actionChinese->setText(QStringLiteral("中文"));
    ui_->actionEnglish->setText(QStringLiteral("English"));
    ui_->actionToggleLanguage->setText(
        language() == QLatin1String("zh_CN") ? QStringLiteral("English") : QStringLiteral("中文"));
    menuButton_->setText(tr("Menu"));
    menuButton_->setToolTip(tr("The menus (the menu bar is folded away in presentation mode)"));
    fitNavigation();
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == ui_->workspaceList && event->type() == QEvent::FontChange)
        fitNavigation();
    // A comma typed into a number field of this window: a spin box would drop it as a group
    // separator and read "0,5" as 5. Refused with a word instead, the text selected for retyping.
    if (event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->text() == QLatin1String(",")) {
        auto *spin = qobject_cast<QAbstractSpinBox *>(watched);
        if (spin && isAncestorOf(spin)) {
            spin->selectAll();
            showStatus(tr("Numbers are written as in Python, with a decimal point: 1.5, not 1,5."));
            return true;
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::fitNavigation()
{
    // As wide as the longest name in this language and font: a wide workspace must not squeeze
    // the names into "Forward pas".
    QListWidget *list = ui_->workspaceList;
    list->setFixedWidth(list->sizeHintForColumn(0) + 2 * list->frameWidth() + 8);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::showStatus(const QString &message)
{
    ui_->statusBar->showMessage(message, 10000);
}

bool MainWindow::exportCurrent(const QString &path, QString *error)
{
    Workspace *current = workspace(currentWorkspace());
    if (!current) {
        *error = tr("Nothing to export.");
        return false;
    }
    if (!current->exportPlot() && !path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive)) {
        *error = tr("This workspace has no plot; export its table as CSV.");
        return false;
    }
    // For print: the plots restyle in the light theme for the export, then go back.
    const Appearance::Theme theme = appearance_->theme();
    const bool light = ui_->actionLightExport->isChecked() && appearance_->dark();
    if (light)
        appearance_->setTheme(Appearance::Theme::Light);
    const bool saved = exportPlotFile(
        current->exportPlot(), current->exportCsv(), path, current->exportTitle(), error);
    if (light)
        appearance_->setTheme(theme);
    return saved;
}

void MainWindow::exportWithDialog()
{
    Workspace *current = workspace(currentWorkspace());
    if (!current)
        return;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    QString filters = current->exportPlot()
        ? tr("PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf);;CSV data (*.csv)")
        : tr("CSV data (*.csv)");
    QString selected;
    QString path = QFileDialog::getSaveFileName(this, tr("Export"),
        folder + QLatin1Char('/') + current->exportBaseName(), filters, &selected);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty()) {
        const int star = selected.indexOf(QLatin1String("*."));
        path += selected.mid(star + 1, selected.indexOf(QLatin1Char(')'), star) - star - 1);
    }
    QString error;
    if (exportCurrent(path, &error))
        showStatus(tr("Saved %1").arg(QDir::toNativeSeparators(path)));
    else
        QMessageBox::warning(this, tr("Export failed"), error);
}

void MainWindow::exportProgram()
{
    Workspace *current = workspace(currentWorkspace());
    const QString program = current ? current->pythonProgram() : QString();
    if (program.isEmpty())
        return;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path = QFileDialog::getSaveFileName(this, tr("Export Python program"),
        folder + QLatin1Char('/') + current->exportBaseName() + QStringLiteral(".py"),
        tr("Python program (*.py)"));
    if (path.isEmpty())
        return;
    QString error;
    if (writeTextFile(path, program.toUtf8(), &error))
        showStatus(tr("Saved %1").arg(QDir::toNativeSeparators(path)));
    else
        QMessageBox::warning(this, tr("Export failed"), error);
}

void MainWindow::showShortcuts()
{
    // Every action with a key, then the keys each workspace answers to itself.
    QList<QPair<QString, QString>> rows;
    for (QAction *action : actions())
        for (const QKeySequence &key : action->shortcuts())
            if (!action->text().isEmpty())
                rows.append(
                    {key.toString(QKeySequence::NativeText), withoutMnemonic(action->text())});
    rows.append({QStringLiteral("Esc"), tr("Leave presentation mode")});
    for (int i = 0; i < kWorkspaceCount; ++i) {
        const QList<QPair<QString, QString>> keys = workspace(i)->keyHelp();
        for (const auto &[key, what] : keys)
            rows.append({key, ui_->workspaceList->item(i)->text() + QStringLiteral(": ") + what});
    }

    QDialog dialog(this);
    dialog.setWindowTitle(tr("Keyboard shortcuts"));
    auto *table = new QTableWidget(static_cast<int>(rows.size()), 2, &dialog);
    table->setObjectName(QStringLiteral("shortcutsTable"));
    table->setHorizontalHeaderLabels({tr("Key"), tr("What it does")});
    table->verticalHeader()->setVisible(false);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    for (int r = 0; r < rows.size(); ++r) {
        table->setItem(r, 0, new QTableWidgetItem(rows[r].first));
        table->setItem(r, 1, new QTableWidgetItem(rows[r].second));
    }
    table->resizeColumnsToContents();
    table->horizontalHeader()->setStretchLastSection(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(table);
    layout->addWidget(buttons);
    const QRect available = screen()->availableGeometry();
    dialog.resize(QSize(table->horizontalHeader()->length() + 60, 560)
                      .expandedTo(QSize(480, 0))
                      .boundedTo(available.size() * 0.9));
    dialog.exec();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Activation Lab"),
        tr("<h3>Activation Lab %1</h3>"
           "<p>The activation functions of PyTorch's torch.nn, for the classroom. Every number "
           "is computed as PyTorch computes it (float32, CPU).</p>"
           "<p>Qt %2 · QCustomPlot %3 · Eigen %4</p>")
            .arg(QStringLiteral(ACTIVATION_LAB_VERSION), QString::fromLatin1(qVersion()),
                QStringLiteral(QCUSTOMPLOT_VERSION_STR),
                QStringLiteral("%1.%2.%3")
                    .arg(EIGEN_WORLD_VERSION)
                    .arg(EIGEN_MAJOR_VERSION)
                    .arg(EIGEN_MINOR_VERSION)));
}

void MainWindow::saveSettings()
{
    if (!settingsUsable_)
        return;
    QSettings &s = *settings_;
    s.setValue(QStringLiteral("format"), kSettingsFormat);
    s.setValue(QStringLiteral("language"), language());
    s.setValue(QStringLiteral("theme"),
        appearance_->theme() == Appearance::Theme::Dark        ? QStringLiteral("dark")
            : appearance_->theme() == Appearance::Theme::Light ? QStringLiteral("light")
                                                               : QStringLiteral("system"));
    s.setValue(QStringLiteral("export/light"), ui_->actionLightExport->isChecked());
    if (!appearance_->presentation()) // full screen is not a geometry to come back to
        s.setValue(QStringLiteral("window/geometry"), saveGeometry());
    for (const bool mode : {false, true}) {
        s.setValue(panelKey(mode, "controls"), controlsShown_[mode]);
        s.setValue(panelKey(mode, "notes"), notesShown_[mode]);
    }
    if (currentWorkspace() >= 0)
        s.setValue(QStringLiteral("window/workspace"), workspaceId(currentWorkspace()));
    for (size_t i = 0; i < workspaces_.size(); ++i)
        if (Workspace *w = workspaces_[i]) {
            s.beginGroup(workspaceId(static_cast<int>(i)));
            s.remove(QString()); // keys of an older state go
            const QVariantMap state = w->viewState();
            for (auto it = state.constBegin(); it != state.constEnd(); ++it)
                s.setValue(it.key(), settingsValue(it.value()));
            s.endGroup();
        }
    s.sync();
    if (s.status() == QSettings::AccessError && !settingsFailureReported_) {
        settingsFailureReported_ = true; // once: the teacher knows, and is not nagged
        showStatus(tr("The settings cannot be saved to %1; this lesson will not be remembered.")
                       .arg(s.fileName()));
    }
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    fitToScreen(); // now with the frame the window manager added
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!lessonsMenu_->confirmDiscard()) {
        event->ignore();
        return;
    }
    if (appearance_->presentation())
        setPresentation(false);
    saveSettings();
    event->accept();
}

} // namespace al
