package fi.luukku.advisor.console;

import fi.luukku.advisor.Texts;
import fi.luukku.advisor.console.KeyTable.Binding;
import fi.luukku.advisor.console.KeyTable.Command;
import fi.luukku.advisor.console.KeyTable.Scope;
import java.util.EnumMap;
import java.util.Map;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/** F1: the desk checklist and every key of the main screen, read from the key table. */
final class HelpOverlay {
    private static final Map<Command, String> TEXT = new EnumMap<>(Command.class);

    static {
        TEXT.put(Command.HELP, "action.checklist");
        TEXT.put(Command.CALL_NEXT, "action.callNext");
        TEXT.put(Command.RECALL, "action.recall");
        TEXT.put(Command.START, "action.start");
        TEXT.put(Command.NO_SHOW, "action.noShow");
        TEXT.put(Command.UNDO_NO_SHOW, "action.undoNoShow");
        TEXT.put(Command.PARK, "action.park");
        TEXT.put(Command.TRANSFER, "action.refer");
        TEXT.put(Command.FINISH, "action.finish");
        TEXT.put(Command.CALL_CHOSEN, "action.callChosen");
        TEXT.put(Command.ACKNOWLEDGE_HELP, "help.onMyWay");
        TEXT.put(Command.INCIDENT, "action.incident");
        TEXT.put(Command.LOGOUT, "action.logout");
        TEXT.put(Command.SEARCH, "search.prompt");
        TEXT.put(Command.STATISTICS, "action.statistics");
        TEXT.put(Command.WAITING_LIST, "waiting.title");
        TEXT.put(Command.TOPIC, "triage.topic");
        TEXT.put(Command.NOTES, "triage.notes");
        TEXT.put(Command.SAVE_TRIAGE, "action.saveTriage");
        TEXT.put(Command.UNDO_EVENT, "action.undoEvent");
        TEXT.put(Command.RECORD_EVENT, "events.title");
        TEXT.put(Command.SUPPORT_LEVEL, "triage.supportLevel");
    }

    private final VBox pane;

    HelpOverlay(ConsoleViewModel vm, ViewKit kit) {
        Texts texts = kit.texts();
        pane = Overlays.pane("checklist-overlay", 560);
        pane.visibleProperty().bind(vm.checklistOpenProperty());
        pane.getChildren().add(kit.header("checklist.title"));
        for (int i = 1; texts.has("checklist." + i); i++) {
            Label l = new Label("▶ " + texts.get("checklist." + i));
            l.setWrapText(true);
            pane.getChildren().add(l);
        }
        GridPane keyList = new GridPane();
        keyList.setId("key-list");
        keyList.setHgap(12);
        keyList.setVgap(2);
        int row = 0;
        Command last = null;
        for (Binding b : kit.keys().bindings()) {
            if (b.scope() != Scope.MAIN || b.command() == last || !TEXT.containsKey(b.command())) {
                continue;
            }
            last = b.command();
            String key = b.argument() > 0
                    ? b.label()
                            .replaceAll("\\d$", "1…9")
                            .replace("1…9", b.command() == Command.SUPPORT_LEVEL ? "1…4" : "1…9")
                    : b.label();
            Label k = new Label(key);
            k.getStyleClass().add("key-label");
            keyList.addRow(row++, k, new Label(texts.get(TEXT.get(b.command()))));
        }
        pane.getChildren().add(keyList);
        pane.getChildren().add(kit.button("action.close", Command.HELP, vm::toggleChecklist, null));
    }

    VBox root() {
        return pane;
    }
}
