package fi.luukku.display.board;

import fi.luukku.display.feed.LinkStatus;
import fi.luukku.display.text.Texts;
import java.util.List;
import javafx.animation.FadeTransition;
import javafx.animation.KeyFrame;
import javafx.animation.KeyValue;
import javafx.animation.ParallelTransition;
import javafx.animation.ScaleTransition;
import javafx.animation.Timeline;
import javafx.beans.value.ChangeListener;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.transform.Scale;
import javafx.util.Duration;

/**
 * The lobby board. Laid out once on a reference canvas (1920×1080 landscape, or 1080×1920 when the window
 * is taller than wide) and scaled to the window, so it reads the same on a full-HD panel, a 4K panel and a
 * portrait screen. Text that could be long (desk and queue names, info messages) shrinks to fit its box.
 */
public final class DisplayView {
    public static final String STYLESHEET =
            DisplayView.class.getResource("/fi/luukku/display/display.css").toExternalForm();

    private static final double LAND_W = 1920;
    private static final double LAND_H = 1080;

    private final DisplayViewModel vm;
    private final StackPane root = new StackPane();
    private final Pane canvas = new Pane();
    private final Scale scale = new Scale(1, 1, 0, 0);

    // parts
    private final Label pointName = new Label();
    private final Label date = new Label();
    private final Label clock = new Label();
    private final Label linkMark = new Label();
    private final Label spotTitle = new Label();
    private final Label spotNumber = new Label();
    private final Label spotArrow = new Label("\u2192");
    private final Label spotDesk = new Label();
    private final Label spotBadge = new Label();
    private final VBox spotBox = new VBox();
    private final Label callsTitle = new Label();
    private final VBox callRows = new VBox();
    private final Label queuesTitle = new Label();
    private final GridPane queueGrid = new GridPane();
    private final Label info = new Label();

    private boolean portrait;
    private double spotW;
    private double spotH;
    private double queuesH;
    private double callsW;
    private double width = LAND_W;
    private double height = LAND_H;

    public DisplayView(DisplayViewModel vm) {
        this.vm = vm;
        createView();
        initListeners();
    }

    public Parent root() {
        return root;
    }

    public boolean isPortrait() {
        return portrait;
    }

    // ---- building -------------------------------------------------------------------------------

    private void createView() {
        root.getStyleClass().add("display-root");
        root.getStylesheets().add(STYLESHEET);
        root.setMinSize(0, 0);
        canvas.getStyleClass().add("display-canvas");
        canvas.getTransforms().add(scale);
        Group g = new Group(canvas);
        g.setManaged(true);
        root.getChildren().add(g);
        StackPane.setAlignment(g, Pos.CENTER);

        pointName.getStyleClass().add("point-name");
        pointName.setId("pointName");
        date.getStyleClass().add("date");
        clock.getStyleClass().add("clock");
        clock.setId("clock");
        linkMark.getStyleClass().add("link-mark");
        linkMark.setId("linkMark");
        linkMark.setVisible(false);

        spotTitle.getStyleClass().add("spot-title");
        spotNumber.getStyleClass().add("spot-number");
        spotNumber.setId("spotNumber");
        spotArrow.getStyleClass().add("spot-arrow");
        spotDesk.getStyleClass().add("spot-desk");
        spotDesk.setId("spotDesk");
        spotBadge.getStyleClass().add("badge");
        spotBadge.setId("spotBadge");
        spotBox.getStyleClass().add("spotlight");
        spotBox.setId("spotlight");
        spotBox.setAlignment(Pos.CENTER);

        callsTitle.getStyleClass().add("panel-title");
        callRows.setId("calls");
        queuesTitle.getStyleClass().add("panel-title");
        queueGrid.setId("queues");
        queueGrid.getStyleClass().add("queue-grid");
        info.getStyleClass().add("info-line");
        info.setId("info");
        layoutCanvas();
    }

    private void initListeners() {
        ChangeListener<Object> all = (o, a, b) -> render();
        vm.textsProperty().addListener(all);
        vm.pointNameProperty().addListener(all);
        vm.infoTextProperty().addListener(all);
        vm.linkProperty().addListener(all);
        vm.readyProperty().addListener(all);
        vm.clockTextProperty().addListener((o, a, b) -> clock.setText(b));
        vm.dateTextProperty().addListener((o, a, b) -> date.setText(b));
        vm.spotlightProperty().addListener((o, a, b) -> {
            renderSpotlight();
            if (b != null && !b.isEmpty() && (a == null || a.sequence() != b.sequence())) {
                animateCall();
            }
        });
        vm.calls().addListener((ListChangeListener<DisplayViewModel.CallRow>) c -> renderCalls());
        vm.queues().addListener((ListChangeListener<DisplayViewModel.QueueRow>) c -> renderQueues());
        root.widthProperty().addListener((o, a, b) -> resize());
        root.heightProperty().addListener((o, a, b) -> resize());
        clock.setText(vm.clockTextProperty().get());
        date.setText(vm.dateTextProperty().get());
        render();
    }

    private void resize() {
        double w = root.getWidth();
        double h = root.getHeight();
        if (w <= 0 || h <= 0) {
            return;
        }
        boolean p = h > w * 1.1;
        if (p != portrait) {
            portrait = p;
            width = p ? LAND_H : LAND_W;
            height = p ? LAND_W : LAND_H;
            layoutCanvas();
            render();
        }
        double s = Math.min(w / width, h / height);
        scale.setX(s);
        scale.setY(s);
    }

    /** Places the parts on the reference canvas for the current orientation. */
    private void layoutCanvas() {
        canvas.getChildren().clear();
        canvas.setPrefSize(width, height);
        canvas.setMinSize(width, height);
        canvas.setMaxSize(width, height);

        double headerH = portrait ? 140 : 120;
        double infoH = portrait ? 110 : 90;
        HBox header = new HBox(24);
        header.getStyleClass().add("header");
        header.setAlignment(Pos.CENTER_LEFT);
        header.setPadding(new Insets(0, 40, 0, 40));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        VBox clockBox = new VBox(clock, date);
        clockBox.setAlignment(Pos.CENTER_RIGHT);
        VBox nameBox = new VBox(4, pointName, linkMark);
        nameBox.setAlignment(Pos.CENTER_LEFT);
        header.getChildren().setAll(nameBox, spacer, clockBox);
        place(header, 0, 0, width, headerH);

        HBox deskLine = new HBox(24, spotArrow, spotDesk);
        deskLine.setAlignment(Pos.CENTER);
        spotBox.getChildren().setAll(spotTitle, spotNumber, deskLine, spotBadge);
        spotBox.setSpacing(0);

        VBox calls = new VBox(12, callsTitle, callRows);
        calls.getStyleClass().add("panel");
        calls.setPadding(new Insets(24, 32, 24, 32));

        VBox queues = new VBox(8, queuesTitle, queueGrid);
        queues.getStyleClass().add("panel");
        queues.setPadding(new Insets(14, 32, 14, 32));

        double bodyTop = headerH;
        double bodyBottom = height - infoH;
        if (!portrait) {
            spotW = 1100;
            spotH = 520;
            queuesH = bodyBottom - bodyTop - spotH;
            place(spotBox, 0, bodyTop, spotW, spotH);
            place(queues, 0, bodyTop + spotH, spotW, queuesH);
            place(calls, spotW, bodyTop, width - spotW, bodyBottom - bodyTop);
            callsW = width - spotW;
        } else {
            spotW = width;
            spotH = 560;
            queuesH = 480;
            place(spotBox, 0, bodyTop, width, spotH);
            place(calls, 0, bodyTop + spotH, width, bodyBottom - bodyTop - spotH - queuesH);
            place(queues, 0, bodyBottom - queuesH, width, queuesH);
            callsW = width;
        }
        HBox infoBox = new HBox(info);
        infoBox.setAlignment(Pos.CENTER_LEFT);
        infoBox.getStyleClass().add("info-bar");
        infoBox.setPadding(new Insets(0, 40, 0, 40));
        place(infoBox, 0, height - infoH, width, infoH);
    }

    private void place(Region r, double x, double y, double w, double h) {
        r.setLayoutX(x);
        r.setLayoutY(y);
        r.setPrefSize(w, h);
        r.setMinSize(w, h);
        r.setMaxSize(w, h);
        canvas.getChildren().add(r);
    }

    // ---- rendering --------------------------------------------------------------------------------

    private void render() {
        Texts t = vm.textsProperty().get();
        Fit.text(pointName, vm.pointNameProperty().get(), portrait ? 52 : 56, true, portrait ? 640 : 1300);
        clock.setFont(Fit.font(portrait ? 60 : 56, true));
        date.setFont(Fit.font(24, false));
        spotTitle.setText(t.get("spotlight.title"));
        spotTitle.setFont(Fit.font(portrait ? 46 : 48, false));
        callsTitle.setText(t.get("calls.title"));
        callsTitle.setFont(Fit.font(38, false));
        queuesTitle.setText(t.get("queues.title"));
        queuesTitle.setFont(Fit.font(30, false));
        LinkStatus link = vm.linkProperty().get();
        boolean down = link == LinkStatus.RECONNECTING
                || (link == LinkStatus.CONNECTING && vm.readyProperty().get());
        boolean connecting =
                link == LinkStatus.CONNECTING && !vm.readyProperty().get();
        linkMark.setVisible(down || connecting);
        linkMark.setManaged(down || connecting);
        linkMark.setMinWidth(Region.USE_PREF_SIZE);
        Fit.text(
                linkMark,
                "\u27f3 " + t.get(connecting ? "link.connecting" : "link.reconnecting"),
                24,
                false,
                portrait ? 400 : 560);
        Fit.wrapped(info, vm.infoTextProperty().get(), 40, width - 80 - 10, 2);
        renderSpotlight();
        renderCalls();
        renderQueues();
    }

    private void renderSpotlight() {
        Texts t = vm.textsProperty().get();
        DisplayViewModel.Spotlight s = vm.spotlightProperty().get();
        double w = spotW - 80;
        boolean empty = s == null || s.isEmpty();
        spotArrow.setVisible(!empty);
        spotArrow.setManaged(!empty);
        spotBadge.setVisible(!empty && (s.appointment() || s.recall()));
        if (empty) {
            Fit.text(spotNumber, "", 260, true, w);
            Fit.text(spotDesk, t.get("spotlight.none"), 52, false, w);
            spotDesk.setWrapText(false);
            return;
        }
        Fit.text(spotNumber, s.number(), portrait ? 260 : 240, true, w);
        spotArrow.setFont(Fit.font(84, true));
        Fit.text(spotDesk, s.desk(), 84, true, w - 130);
        String badge = s.appointment() ? t.get("appointment") : "";
        if (s.recall()) {
            badge = badge.isEmpty() ? t.get("spotlight.recall") : badge + " \u00b7 " + t.get("spotlight.recall");
        }
        Fit.text(spotBadge, badge, 36, true, w);
    }

    private void renderCalls() {
        Texts t = vm.textsProperty().get();
        List<DisplayViewModel.CallRow> rows = vm.calls();
        int max = portrait ? 6 : 9;
        double rowW = callsW - 64;
        double numW = portrait ? 360 : 300;
        callRows.getChildren().clear();
        if (rows.isEmpty()) {
            Label none = new Label(t.get("calls.none"));
            none.getStyleClass().add("muted");
            none.setFont(Fit.font(34, false));
            callRows.getChildren().add(none);
            return;
        }
        for (int i = 0; i < Math.min(max, rows.size()); i++) {
            DisplayViewModel.CallRow r = rows.get(i);
            Label num = new Label();
            Fit.text(num, r.number(), 64, true, numW - 20);
            num.getStyleClass().add("call-number");
            num.setMinWidth(numW);
            num.setPrefWidth(numW);
            Label desk = new Label();
            String deskText = r.appointment() ? r.desk() + "  \u25c6" : r.desk();
            Fit.text(desk, "\u2192 " + deskText, 46, false, rowW - numW - 10);
            desk.getStyleClass().add("call-desk");
            HBox row = new HBox(10, num, desk);
            row.setAlignment(Pos.CENTER_LEFT);
            row.getStyleClass().add("call-row");
            if (r.fresh()) {
                row.getStyleClass().add("fresh");
            }
            row.setPrefHeight(portrait ? 84 : 78);
            row.setMinHeight(Region.USE_PREF_SIZE);
            callRows.getChildren().add(row);
        }
    }

    private void renderQueues() {
        Texts t = vm.textsProperty().get();
        List<DisplayViewModel.QueueRow> qs = vm.queues();
        queueGrid.getChildren().clear();
        queueGrid.getColumnConstraints().clear();
        if (qs.isEmpty()) {
            Label none = new Label(t.get("queues.none"));
            none.getStyleClass().add("muted");
            none.setFont(Fit.font(30, false));
            queueGrid.add(none, 0, 0);
            return;
        }
        int n = qs.size();
        int cols = n == 1 ? 1 : 2;
        int rowsNeeded = (n + cols - 1) / cols;
        double available = queuesH - 28 - 8 - 44;
        double tileH = Math.min(140, available / rowsNeeded - 8);
        double tileW = (spotW - 64 - (cols - 1) * 16) / cols;
        queueGrid.setHgap(16);
        queueGrid.setVgap(8);
        for (int c = 0; c < cols; c++) {
            ColumnConstraints cc = new ColumnConstraints(tileW);
            queueGrid.getColumnConstraints().add(cc);
        }
        double k = Math.min(1.0, tileH / 90);
        for (int i = 0; i < n; i++) {
            DisplayViewModel.QueueRow q = qs.get(i);
            double prefixW = 80 * Math.max(k, 0.6);
            Label prefix = new Label();
            Fit.text(prefix, q.prefix(), 50 * k, true, prefixW - 8);
            prefix.getStyleClass().add("queue-prefix");
            prefix.setMinWidth(prefixW);
            prefix.setPrefWidth(prefixW);
            prefix.setAlignment(Pos.CENTER);
            Label name = new Label();
            double textW = tileW - prefixW - 40;
            Fit.text(name, q.name(), 32 * k, true, textW);
            Label counts = new Label();
            Fit.text(
                    counts,
                    t.get("queues.waiting") + " " + q.waiting() + "  \u00b7  " + q.waitText(),
                    27 * k,
                    false,
                    textW);
            counts.getStyleClass().add("queue-counts");
            counts.setMinWidth(Region.USE_PREF_SIZE);
            name.setMinWidth(Region.USE_PREF_SIZE);
            HBox countLine = new HBox(16, counts);
            countLine.setAlignment(Pos.CENTER_LEFT);
            VBox text = new VBox(0, name, countLine);
            if (!q.appointmentsText().isEmpty()) {
                Label appt = new Label();
                appt.getStyleClass().add("queue-appointments");
                appt.setMinWidth(Region.USE_PREF_SIZE);
                String apptText = "\u25c6 " + q.appointmentsText();
                double left = textW - Fit.width(counts.getText(), counts.getFont()) - 24;
                if (Fit.width(apptText, Fit.font(24 * k, false)) <= left) {
                    Fit.text(appt, apptText, 24 * k, false, left);
                    countLine.getChildren().add(appt);
                } else {
                    Fit.text(appt, apptText, 22 * k, false, textW);
                    text.getChildren().add(appt);
                }
            }
            text.setAlignment(Pos.CENTER_LEFT);
            HBox tile = new HBox(14, prefix, text);
            tile.setAlignment(Pos.CENTER_LEFT);
            tile.getStyleClass().add("queue-tile");
            tile.setPadding(new Insets(6, 12, 6, 8));
            tile.setPrefSize(tileW, tileH);
            tile.setMinSize(tileW, tileH);
            tile.setMaxSize(tileW, tileH);
            queueGrid.add(tile, i % cols, i / cols);
        }
    }

    private void animateCall() {
        spotNumber.setScaleX(1);
        spotNumber.setScaleY(1);
        ScaleTransition pop = new ScaleTransition(Duration.millis(450), spotNumber);
        pop.setFromX(1.25);
        pop.setFromY(1.25);
        pop.setToX(1);
        pop.setToY(1);
        FadeTransition blink = new FadeTransition(Duration.millis(280), spotNumber);
        blink.setFromValue(0.25);
        blink.setToValue(1);
        blink.setCycleCount(4);
        Timeline flash = new Timeline(
                new KeyFrame(Duration.ZERO, new KeyValue(spotBox.opacityProperty(), 0.75)),
                new KeyFrame(Duration.millis(600), new KeyValue(spotBox.opacityProperty(), 1.0)));
        spotBox.getStyleClass().remove("flash");
        spotBox.getStyleClass().add("flash");
        Timeline unflash = new Timeline(
                new KeyFrame(Duration.seconds(3), e -> spotBox.getStyleClass().remove("flash")));
        new ParallelTransition(pop, blink, flash, unflash).play();
    }

    /** For tests and the benchmark: every text the board shows, as a flat list. */
    public List<String> visibleTexts() {
        java.util.ArrayList<String> out = new java.util.ArrayList<>();
        collect(root, out);
        return out;
    }

    private static void collect(Node n, List<String> out) {
        if (!n.isVisible()) {
            return;
        }
        if (n instanceof Label l && l.getText() != null && !l.getText().isEmpty()) {
            out.add(l.getText());
        }
        if (n instanceof Parent p) {
            for (Node c : p.getChildrenUnmodifiable()) {
                collect(c, out);
            }
        }
    }
}
