package fi.luukku.advisor.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import fi.luukku.core.api.report.MetricsReportDto;
import fi.luukku.core.api.report.ReportScopeDto;
import fi.luukku.core.i18n.Language;
import fi.luukku.ui.FxTaskRunner;
import fi.luukku.ui.Theme;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The authority scope of the reports workspace (issue 12, ADR 0028), pressed through the real controls against the
 * real service: a supervisor chooses one of their point's authorities in the scope list; an admin drills from the
 * nation to an authority and on to that authority at one point, and back.
 */
@ExtendWith(ApplicationExtension.class)
class ReportsAuthorityScopeTest {
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final Clock CLOCK = Clock.system(ZoneId.of("Europe/Helsinki"));
    private static RecordedActivity activity;

    private FxTaskRunner runner;
    private ReportsWorkspace workspace;
    private RecordedActivity.Staff staff;

    @BeforeAll
    static void recordActivity() {
        activity = SharedReportsService.activity();
    }

    /** The supervisor's workspace in Finnish unless a test opens an admin's. */
    @Start
    void start(Stage stage) {
        runner = new FxTaskRunner("reports-authority-test");
        staff = activity.signIn("supervisor", null);
        workspace = open(stage, staff, Language.FI);
    }

    private ReportsWorkspace open(Stage stage, RecordedActivity.Staff who, Language language) {
        ReportsWorkspace ws = new ReportsWorkspace(
                who.client(), who.session(), language, runner, CLOCK, (n, d, e) -> Optional.empty());
        Scene scene = new Scene((Parent) ws.root(), 1366, 768);
        Theme.apply(scene);
        stage.setScene(scene);
        stage.show();
        ws.start();
        return ws;
    }

    @AfterEach
    void stop() {
        runner.close();
    }

    private MetricsReportDto awaitShown(ReportsWorkspace ws, RecordedActivity.Staff who, String scope) {
        await().atMost(PATIENCE).until(() -> {
            MetricsReportDto m = ws.viewModel().metricsProperty().get();
            return m != null
                    && m.scope().equals(scope)
                    && !ws.viewModel().loadingProperty().get();
        });
        WaitForAsyncUtils.waitForFxEvents();
        ReportPeriod p = ws.viewModel().periodProperty().get();
        return who.client()
                .metricsReport(
                        scope,
                        p.from(),
                        p.to(),
                        ws.viewModel().texts().language().code());
    }

    @Test
    void aSupervisorChoosesAnAuthorityOfTheirPointInTheScopeList(FxRobot robot) {
        String point = "point:" + RecordedActivity.POINT;
        MetricsReportDto whole = awaitShown(workspace, staff, point);
        ReportTexts t = ReportTexts.of(Language.FI);
        String advice = whole.authorities().stream()
                .filter(a -> a.figures().visits().issued() > 0)
                .findFirst()
                .orElseThrow()
                .id();
        String scope = point + "/authority:" + advice;
        ReportScopeDto choice = workspace.viewModel().scopes().stream()
                .filter(s -> s.scope().equals(scope))
                .findFirst()
                .orElseThrow();
        String label = ReportsToolbar.scopeLabel(t, choice);
        assertThat(label).isEqualTo(choice.name()); // "Neuvonta – Mikkelin asiointipiste"

        robot.clickOn("#reports-scope");
        robot.clickOn(robot.lookup(".list-cell")
                .match((ListCell<?> c) -> label.equals(c.getText()))
                .queryAs(ListCell.class));
        MetricsReportDto api = awaitShown(workspace, staff, scope);
        Figures fi = new Figures(t);
        assertThat(robot.lookup("#figure-issued").queryAs(Label.class).getText())
                .isEqualTo(fi.count(api.totals().visits().issued()));
        assertThat(api.totals().visits().issued())
                .isEqualTo(whole.authorities().stream()
                        .filter(a -> a.id().equals(advice))
                        .findFirst()
                        .orElseThrow()
                        .figures()
                        .visits()
                        .issued());
        assertThat(robot.lookup("#reports-where").queryAs(Label.class).getText())
                .contains(choice.name());
        // the regional and national scopes stay out of reach
        assertThat(workspace.viewModel().scopes())
                .extracting(ReportScopeDto::scope)
                .noneMatch(s -> s.equals("national") || s.startsWith("region:") || s.startsWith("authority:"));
    }

    @Test
    void anAdminDrillsFromTheNationToAnAuthorityAndToItAtAPoint(FxRobot robot) {
        RecordedActivity.Staff admin = activity.signIn("admin", null);
        ReportsWorkspace[] ws = new ReportsWorkspace[1];
        robot.interact(() -> ws[0] = open(new Stage(), admin, Language.EN));
        MetricsReportDto nation = awaitShown(ws[0], admin, "national");
        String advice = nation.authorities().stream()
                .filter(a -> a.figures().visits().issued() > 0)
                .findFirst()
                .orElseThrow()
                .id();

        robot.clickOn(robot.lookup("#tab-breakdown")
                .match(n -> n.getScene() == ws[0].root().getScene())
                .queryAs(javafx.scene.Node.class));
        openRow(robot, ws[0], "authority:" + advice);
        MetricsReportDto authority = awaitShown(ws[0], admin, "authority:" + advice);
        assertThat(authority.authorities())
                .extracting(MetricsReportDto.Breakdown::id)
                .containsExactly(advice);
        assertThat(authority.totals().visits().issued())
                .isEqualTo(nation.authorities().stream()
                        .filter(a -> a.id().equals(advice))
                        .findFirst()
                        .orElseThrow()
                        .figures()
                        .visits()
                        .issued());

        String atPoint = "point:" + RecordedActivity.POINT + "/authority:" + advice;
        openRow(robot, ws[0], atPoint);
        MetricsReportDto local = awaitShown(ws[0], admin, atPoint);
        assertThat(local.points()).extracting(MetricsReportDto.Breakdown::id).containsExactly(RecordedActivity.POINT);
        assertThat(robot.lookup("#reports-where")
                        .match(n -> n.getScene() == ws[0].root().getScene())
                        .queryAs(Label.class)
                        .getText())
                .contains(authority.scopeName())
                .contains(local.scopeName());

        robot.clickOn(robot.lookup("#reports-back")
                .match(n -> n.getScene() == ws[0].root().getScene())
                .queryAs(javafx.scene.Node.class));
        awaitShown(ws[0], admin, "authority:" + advice);
        robot.clickOn(robot.lookup("#reports-back")
                .match(n -> n.getScene() == ws[0].root().getScene())
                .queryAs(javafx.scene.Node.class));
        awaitShown(ws[0], admin, "national");
        assertThat(ws[0].viewModel().canGoBackProperty().get()).isFalse();
        LocalDate today = LocalDate.now(CLOCK);
        assertThat(ws[0].viewModel().periodProperty().get().from()).isBeforeOrEqualTo(today);
        robot.interact(() -> ws[0].root().getScene().getWindow().hide());
    }

    @SuppressWarnings("unchecked")
    private static void openRow(FxRobot robot, ReportsWorkspace ws, String scope) {
        TableView<BreakdownTab.Row> parts = robot.lookup("#reports-breakdown")
                .match(n -> n.getScene() == ws.root().getScene())
                .queryAs(TableView.class);
        await().atMost(PATIENCE).until(() -> parts.getItems().stream().anyMatch(r -> scope.equals(r.scope())));
        BreakdownTab.Row row = parts.getItems().stream()
                .filter(r -> scope.equals(r.scope()))
                .findFirst()
                .orElseThrow();
        robot.interact(() -> parts.scrollTo(row));
        robot.doubleClickOn(robot.from(parts)
                .lookup(".table-row-cell")
                .match((TableRow<?> r) -> r.getItem() == row)
                .queryAs(TableRow.class));
    }
}
