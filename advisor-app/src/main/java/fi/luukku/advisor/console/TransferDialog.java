package fi.luukku.advisor.console;

import fi.luukku.advisor.Texts;
import fi.luukku.advisor.console.KeyTable.Command;
import fi.luukku.advisor.console.KeyTable.Scope;
import fi.luukku.advisor.referral.ReferralSlip;
import fi.luukku.advisor.referral.ReferralTarget;
import fi.luukku.advisor.referral.ReferralViewModel;
import fi.luukku.advisor.referral.SlipNode;
import fi.luukku.advisor.referral.SlipOutput;
import fi.luukku.core.domain.ReferralKind;
import java.time.ZoneId;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Transfer and referral: the kind (digit), the target (arrows), the instructions, "move to the front" (Alt+F),
 * then Ctrl+Enter. Tab goes target → instructions → move to front, and Tab inside the instructions moves on
 * rather than typing a tab, so nothing typed there can land on the check box. A transfer closes the dialog and
 * says where the customer went; a referral shows its slip to print.
 */
final class TransferDialog {
    private static final Logger log = LoggerFactory.getLogger(TransferDialog.class);
    private final ReferralViewModel ref;
    private final KeyTable keys;
    private final Texts texts;
    private final SlipOutput slips;
    private final VBox pane;
    private final Label slipStatus = new Label();

    TransferDialog(ReferralViewModel ref, SlipOutput slips, ZoneId zone, ViewKit kit) {
        this.ref = ref;
        this.keys = kit.keys();
        this.texts = kit.texts();
        this.slips = slips;
        pane = Overlays.pane("referral-overlay", 1240);
        pane.visibleProperty().bind(ref.openProperty());
        FlowPane kinds = new FlowPane(8, 8);
        ToggleGroup kg = new ToggleGroup();
        int i = 1;
        for (ReferralKind k : ReferralKind.values()) {
            ToggleButton b = new ToggleButton(i + "  " + texts.get("referral.kind." + k.name()));
            b.setId("referral-kind-" + k.name());
            b.setToggleGroup(kg);
            b.setUserData(k);
            b.setOnAction(e -> ref.chooseKind(k));
            kinds.getChildren().add(b);
            i++;
        }
        ViewKit.selectToggle(kg, ref.kindProperty().get());
        ref.kindProperty().addListener((o, was, is) -> ViewKit.selectToggle(kg, is));
        ListView<ReferralTarget> targets = targetList();
        TextArea instructions = new TextArea();
        instructions.setId("referral-instructions");
        instructions.setPrefRowCount(3);
        instructions.setWrapText(true);
        instructions.setPromptText(texts.get("referral.instructionsPrompt"));
        instructions.textProperty().bindBidirectional(ref.instructionsProperty());
        CheckBox front = new CheckBox(
                ViewKit.withKey(texts.get("referral.toFront"), keys.label(Scope.TRANSFER, Command.TO_FRONT)));
        front.setId("referral-to-front");
        front.selectedProperty().bindBidirectional(ref.toFrontProperty());
        front.visibleProperty().bind(ref.kindProperty().isEqualTo(ReferralKind.QUEUE));
        front.managedProperty().bind(front.visibleProperty());
        // Tab in the instructions moves on (a tab character has no use there); Shift+Tab goes back to the targets
        instructions.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.TAB && !e.isControlDown() && !e.isAltDown()) {
                e.consume();
                if (e.isShiftDown()) {
                    targets.requestFocus();
                } else if (front.isVisible()) {
                    front.requestFocus();
                } else {
                    instructions.getParent().requestFocus();
                }
            }
        });
        ref.openProperty().addListener((o, was, is) -> {
            if (is) {
                Platform.runLater(targets::requestFocus);
            }
        });
        Button confirm =
                kit.button("referral.confirm", Scope.TRANSFER, Command.CONFIRM, ref::confirm, ref.canConfirm());
        confirm.setId("btn-referral-confirm");
        Button print = kit.button(
                "referral.print",
                Scope.TRANSFER,
                Command.PRINT,
                this::printSlip,
                Bindings.isNotNull(ref.slipProperty()));
        print.setId("btn-referral-print");
        Button close = kit.button("action.close", Scope.TRANSFER, Command.CLOSE, ref::cancel, null);
        close.setId("btn-referral-close");
        Label checklistHint = new Label(texts.get("referral.checklistHint"));
        checklistHint.setWrapText(true);
        checklistHint.visibleProperty().bind(ref.kindProperty().isEqualTo(ReferralKind.EXTERNAL_PROVIDER));
        checklistHint.managedProperty().bind(checklistHint.visibleProperty());
        slipStatus.setWrapText(true);
        VBox form = new VBox(
                8,
                new Label(texts.get("referral.kindHint")),
                kinds,
                targets,
                new Label(texts.get("referral.instructions")),
                instructions,
                front,
                checklistHint,
                new FlowPane(10, 8, confirm, print, close),
                slipStatus);
        form.setPrefWidth(600);
        HBox.setHgrow(form, Priority.ALWAYS);
        StackPane preview = new StackPane();
        preview.setId("slip-preview");
        preview.setMinWidth(SlipNode.WIDTH + 20);
        preview.getStyleClass().add("slip-preview");
        preview.visibleProperty().bind(Bindings.isNotNull(ref.slipProperty()));
        preview.managedProperty().bind(preview.visibleProperty());
        ref.slipProperty().addListener((o, was, is) -> {
            preview.getChildren().clear();
            if (is != null) {
                preview.getChildren().add(SlipNode.build(is, zone));
                saveSlipPng(is);
            }
        });
        pane.getChildren().addAll(kit.header("referral.title"), new HBox(16, form, preview));
    }

    private ListView<ReferralTarget> targetList() {
        ListView<ReferralTarget> targets = new ListView<>(ref.targets());
        targets.setId("referral-targets");
        targets.getStyleClass().add("multi-line-list");
        targets.setPrefHeight(200);
        targets.setMinHeight(100);
        targets.setCellFactory(l -> new ListCell<>() {
            {
                setWrapText(true);
                setPrefWidth(0);
            }

            @Override
            protected void updateItem(ReferralTarget t, boolean empty) {
                super.updateItem(t, empty);
                setText(
                        empty || t == null
                                ? null
                                : t.name()
                                        + (t.detail() == null || t.detail().isBlank()
                                                ? ""
                                                : "  —  " + t.detail().replace('\n', ' ')));
            }
        });
        ref.targetProperty().addListener((o, was, is) -> {
            if (is != null && targets.getSelectionModel().getSelectedItem() != is) {
                targets.getSelectionModel().select(is);
                targets.scrollTo(is);
            }
        });
        targets.getSelectionModel().selectedItemProperty().addListener((o, was, is) -> {
            if (is != null && is != ref.targetProperty().get()) {
                ref.targetProperty().set(is);
            }
        });
        return targets;
    }

    private void saveSlipPng(ReferralSlip slip) {
        slips.savePng(slip, file -> slipStatus.setText(texts.format("referral.slipSaved", file.toString())), e -> {
            log.warn("could not save the referral slip as PNG", e);
            slipStatus.setText(texts.get("referral.slipNotSaved"));
        });
    }

    private void printSlip() {
        ReferralSlip slip = ref.slipProperty().get();
        if (slip == null) {
            return;
        }
        slipStatus.setText(texts.get("referral.printing"));
        slips.print(
                slip,
                ok -> slipStatus.setText(ok ? texts.get("referral.printed") : texts.get("referral.noPrinter")),
                e -> {
                    log.warn("printing the referral slip failed", e);
                    slipStatus.setText(texts.get("referral.printFailed"));
                });
    }

    VBox root() {
        return pane;
    }

    boolean isOpen() {
        return ref.isOpen();
    }

    /** The dialog's keys; digits and arrows only while the focus is not in a text. */
    boolean handle(KeyEvent e, boolean typing) {
        var binding = keys.match(Scope.TRANSFER, e);
        if (binding.isPresent()) {
            switch (binding.get().command()) {
                case CLOSE -> ref.cancel();
                case CONFIRM -> ref.confirm();
                case PRINT -> printSlip();
                case TO_FRONT -> ref.toFrontProperty()
                        .set(!ref.toFrontProperty().get());
                default -> {
                    return false;
                }
            }
            return true;
        }
        if (typing) {
            return false;
        }
        int d = Overlays.plain(e) ? Overlays.digit(e) : -1;
        if (d >= 1 && d <= ReferralKind.values().length) {
            ref.chooseKindNumber(d);
            return true;
        }
        if (e.getCode() == KeyCode.DOWN) {
            ref.moveTarget(1);
            return true;
        }
        if (e.getCode() == KeyCode.UP) {
            ref.moveTarget(-1);
            return true;
        }
        return false;
    }
}
