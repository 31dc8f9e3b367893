package fi.luukku.advisor.console;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * Every key of the console in one table: which key gives which command, where it works (the main screen or one
 * dialog), and the text shown for it on buttons, in tooltips and in the F1 help. The views look commands up here
 * and never name a key themselves.
 */
public final class KeyTable {

    /** Where a key works. */
    public enum Scope {
        MAIN,
        FINISH,
        TRANSFER,
        INCIDENT
    }

    /** What a key does; digit commands carry their number as the binding's argument. */
    public enum Command {
        HELP,
        CALL_NEXT,
        RECALL,
        START,
        NO_SHOW,
        UNDO_NO_SHOW,
        PARK,
        TRANSFER,
        FINISH,
        CALL_CHOSEN,
        ACKNOWLEDGE_HELP,
        INCIDENT,
        LOGOUT,
        SEARCH,
        STATISTICS,
        WAITING_LIST,
        TOPIC,
        NOTES,
        SAVE_TRIAGE,
        UNDO_EVENT,
        RECORD_EVENT,
        SUPPORT_LEVEL,
        CLOSE,
        CONFIRM,
        PRINT,
        TO_FRONT,
        SEVERITY,
        CHOOSE_AGAIN
    }

    /** One key: its combination, its scope, its command and the command's number (0 when none). */
    public record Binding(Scope scope, KeyCombination keys, Command command, int argument, String label) {}

    private final List<Binding> bindings;
    private final Map<Command, String> labels = new EnumMap<>(Command.class);

    private KeyTable(List<Binding> bindings) {
        this.bindings = Collections.unmodifiableList(bindings);
        for (Binding b : bindings) {
            labels.putIfAbsent(b.command(), b.label());
        }
    }

    /** The console's keys. */
    public static KeyTable standard() {
        List<Binding> l = new ArrayList<>();
        add(l, Scope.MAIN, "F1", Command.HELP);
        add(l, Scope.MAIN, "F2", Command.CALL_NEXT);
        add(l, Scope.MAIN, "F3", Command.RECALL);
        add(l, Scope.MAIN, "F4", Command.START);
        add(l, Scope.MAIN, "F5", Command.NO_SHOW);
        add(l, Scope.MAIN, "Shift+F5", Command.UNDO_NO_SHOW);
        add(l, Scope.MAIN, "F6", Command.PARK);
        add(l, Scope.MAIN, "F7", Command.TRANSFER);
        add(l, Scope.MAIN, "F8", Command.FINISH);
        add(l, Scope.MAIN, "F9", Command.CALL_CHOSEN);
        add(l, Scope.MAIN, "F11", Command.ACKNOWLEDGE_HELP);
        add(l, Scope.MAIN, "F12", Command.INCIDENT);
        add(l, Scope.MAIN, "Shortcut+Shift+L", Command.LOGOUT);
        add(l, Scope.MAIN, "Shortcut+K", Command.SEARCH);
        add(l, Scope.MAIN, "Shortcut+S", Command.STATISTICS);
        add(l, Scope.MAIN, "Shortcut+L", Command.WAITING_LIST);
        add(l, Scope.MAIN, "Shortcut+T", Command.TOPIC);
        add(l, Scope.MAIN, "Shortcut+N", Command.NOTES);
        add(l, Scope.MAIN, "Shortcut+Enter", Command.SAVE_TRIAGE);
        add(l, Scope.MAIN, "Shortcut+Delete", Command.UNDO_EVENT);
        for (int i = 1; i <= 9; i++) {
            l.add(new Binding(
                    Scope.MAIN, KeyCombination.valueOf("Shortcut+" + i), Command.RECORD_EVENT, i, "Ctrl+" + i));
        }
        for (int i = 1; i <= 4; i++) {
            l.add(new Binding(Scope.MAIN, KeyCombination.valueOf("Alt+" + i), Command.SUPPORT_LEVEL, i, "Alt+" + i));
        }
        add(l, Scope.FINISH, "Esc", Command.CLOSE);
        add(l, Scope.FINISH, "Enter", Command.CONFIRM);
        add(l, Scope.FINISH, "Backspace", Command.CHOOSE_AGAIN);
        add(l, Scope.TRANSFER, "Esc", Command.CLOSE);
        add(l, Scope.TRANSFER, "Shortcut+Enter", Command.CONFIRM);
        add(l, Scope.TRANSFER, "Shortcut+P", Command.PRINT);
        add(l, Scope.TRANSFER, "Alt+F", Command.TO_FRONT);
        add(l, Scope.INCIDENT, "Esc", Command.CLOSE);
        add(l, Scope.INCIDENT, "Shortcut+Enter", Command.CONFIRM);
        for (int i = 1; i <= 3; i++) {
            l.add(new Binding(Scope.INCIDENT, KeyCombination.valueOf("Alt+" + i), Command.SEVERITY, i, "Alt+" + i));
        }
        return new KeyTable(l);
    }

    private static void add(List<Binding> l, Scope scope, String keys, Command command) {
        String parse = keys.equals("Esc") ? "Esc" : keys;
        l.add(new Binding(scope, KeyCombination.valueOf(parse), command, 0, label(keys)));
    }

    /** The key as printed on buttons: Ctrl rather than Shortcut (the console runs on Windows and Linux). */
    private static String label(String keys) {
        return keys.replace("Shortcut", "Ctrl");
    }

    public List<Binding> bindings() {
        return bindings;
    }

    /** The binding a key press matches in a scope. */
    public Optional<Binding> match(Scope scope, KeyEvent e) {
        return bindings.stream()
                .filter(b -> b.scope() == scope && b.keys().match(e))
                .findFirst();
    }

    /** The printed key of a command (its first binding), e.g. "F2" or "Ctrl+K". */
    public String label(Command command) {
        return labels.getOrDefault(command, "");
    }

    /** The printed key of a command within one scope (Esc in a dialog, Ctrl+Enter to send…). */
    public String label(Scope scope, Command command) {
        return bindings.stream()
                .filter(b -> b.scope() == scope && b.command() == command)
                .map(Binding::label)
                .findFirst()
                .orElse(label(command));
    }
}
