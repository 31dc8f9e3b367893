package fi.luukku.kiosk.feedback;

import fi.luukku.core.i18n.CitizenLanguage;
import fi.luukku.ui.Theme;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;

/**
 * The terminal's one window: a slim top bar (question number, "linked to your visit", and a discreet staff
 * corner), the current step's view, and the staff overlay. The step view is rebuilt when the step or the
 * language changes, so every text comes from the right bundle.
 */
public final class FeedbackView extends StackPane {
    private static final KeyCombination STAFF_KEYS =
            new KeyCodeCombination(KeyCode.S, KeyCombination.CONTROL_DOWN, KeyCombination.ALT_DOWN);

    private final FeedbackFlowViewModel flow;
    private final StaffViewModel staff;
    private final boolean portrait;
    private final BorderPane main = new BorderPane();
    private final Label progress = new Label();
    private final Label linked = new Label();
    private final ToggleButton largeText = new ToggleButton();
    private final ToggleButton contrast = new ToggleButton();
    private boolean compact;

    public FeedbackView(FeedbackFlowViewModel flow, StaffViewModel staff, boolean portrait) {
        this.flow = flow;
        this.staff = staff;
        this.portrait = portrait;
        getStyleClass().add("fb-root");
        progress.getStyleClass().add("fb-progress");
        progress.setId("progress");
        linked.getStyleClass().add("fb-linked");
        linked.setId("visit-linked");
        linked.visibleProperty().bind(flow.trackingCodeProperty().isNotNull());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox top = new HBox(24, progress, linked, gap);
        top.setAlignment(Pos.CENTER_LEFT);
        top.setPadding(new Insets(16, 24, 0, 32));
        top.setMinHeight(64);
        top.getChildren().addAll(largeText, contrast);
        for (ToggleButton t : List.of(largeText, contrast)) {
            t.getStyleClass().add("fb-access");
            t.setFocusTraversable(false); // the keyboard's first stop stays the language (touch reaches these)
        }
        largeText.setId("fb-large-text");
        contrast.setId("fb-contrast");
        largeText.selectedProperty().addListener((o, a, on) -> {
            if (getScene() != null) {
                Theme.setLargeText(getScene(), on);
            }
        });
        contrast.selectedProperty().addListener((o, a, on) -> {
            if (getScene() != null) {
                Theme.setHighContrast(getScene(), on);
            }
        });
        // the next customer starts with the defaults
        flow.stepProperty().addListener((o, a, b) -> {
            if (b == FeedbackStep.START) {
                largeText.setSelected(false);
                contrast.setSelected(false);
            }
        });
        if (staff != null) {
            Button corner = new Button();
            corner.setId("staff-corner");
            corner.getStyleClass().add("fb-staff-corner");
            corner.setFocusTraversable(false);
            corner.setOnAction(e -> staff.open());
            top.getChildren().add(corner);
        }
        main.setTop(top);
        main.setPadding(new Insets(0, 48, 32, 48));
        getChildren().add(main);
        // smaller screens (a 1280×800 kiosk, the pop-up) get the compact density: same screens, smaller sizes
        javafx.beans.InvalidationListener density = o -> {
            double h = getHeight();
            double w = getWidth();
            boolean c = h > 0 && (h < (portrait ? 1700 : 1000) || w < (portrait ? 1000 : 1500));
            if (c != compact) {
                compact = c;
                getStyleClass().remove("fb-compact");
                if (c) {
                    getStyleClass().add("fb-compact");
                }
                rebuild();
            }
        };
        heightProperty().addListener(density);
        widthProperty().addListener(density);
        flow.stepProperty().addListener((o, a, b) -> rebuild());
        flow.languageProperty().addListener((o, a, b) -> rebuild());
        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (staff != null && STAFF_KEYS.match(e)) {
                e.consume();
                staff.open();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                e.consume();
                if (staff != null && staff.openProperty().get()) {
                    staff.close();
                } else {
                    flow.back();
                }
            }
        });
        rebuild();
    }

    private void rebuild() {
        CitizenLanguage language = flow.language();
        Messages m = Messages.of(language);
        main.setNodeOrientation(
                language.rightToLeft()
                        ? javafx.geometry.NodeOrientation.RIGHT_TO_LEFT
                        : javafx.geometry.NodeOrientation.LEFT_TO_RIGHT);
        if (staff != null) {
            getChildren().setAll(main, new StaffView(staff, m, flow.unsavedCountProperty()));
        }
        linked.setText("✓ " + m.get("visit.linked"));
        largeText.setText(m.get("top.largeText"));
        contrast.setText(m.get("top.highContrast"));
        int n = flow.questionNumber();
        progress.setText(n > 0 ? m.get("progress", n, flow.questionCount()) : "");
        Node content =
                switch (flow.step()) {
                    case START -> new StartView(new StartViewModel(flow), m);
                    case RATING -> new RatingView(FlowScaleQuestion.rating(flow), m, portrait, compact);
                    case SAFETY -> new RatingView(FlowScaleQuestion.safety(flow), m, portrait, compact);
                    case OUTCOME -> new OutcomeView(new OutcomeViewModel(flow), m);
                    case ALONE -> new AloneView(new AloneViewModel(flow), m);
                    case COMMENT -> new CommentView(new CommentViewModel(flow), m, portrait, compact);
                    case THANKS -> new ThanksView(new ThanksViewModel(flow), m);
                };
        main.setCenter(content);
        Node first = content.lookup(".fb-smiley, .fb-smiley-row, .fb-choice, .fb-comment");
        if (first != null) {
            first.requestFocus();
        }
    }
}
