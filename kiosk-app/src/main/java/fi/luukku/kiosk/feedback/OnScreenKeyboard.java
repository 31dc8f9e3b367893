package fi.luukku.kiosk.feedback;

import java.util.List;
import java.util.Locale;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * A touch keyboard for the free-text step: the language's own letters (å, ä, ö for Finnish and Swedish),
 * digits and punctuation, space and delete. Its keys do not take focus, so a real keyboard keeps working.
 */
public final class OnScreenKeyboard extends VBox {
    private final CommentViewModel model;
    private final BooleanProperty upper = new SimpleBooleanProperty(false);
    private final BooleanProperty symbols = new SimpleBooleanProperty(false);
    private final Messages messages;
    private final VBox rows = new VBox(8);

    public OnScreenKeyboard(CommentViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        getStyleClass().add("osk");
        setSpacing(8);
        setAlignment(Pos.CENTER);
        rows.setAlignment(Pos.CENTER);
        getChildren().add(rows);
        upper.addListener((o, a, b) -> build());
        symbols.addListener((o, a, b) -> build());
        build();
    }

    private List<String> letterRows() {
        return switch (messages.language()) {
            case FI, SV -> List.of("qwertyuiopå", "asdfghjklöä", "zxcvbnm,.-");
            case ET -> List.of("qwertyuiopüõ", "asdfghjklöä", "zxcvbnm,.-");
            case RU -> List.of("йцукенгшщзхъ", "фывапролджэ", "ячсмитьбю.-");
            case UK -> List.of("йцукенгшщзхї", "фівапролджє", "ячсмитьбюґ'.");
            case AR -> List.of("ضصثقفغعهخحج", "شسيبلاتنمكط", "ئءؤرىةوزظد.");
            case EN, SO -> List.of("qwertyuiop", "asdfghjkl'", "zxcvbnm,.-");
        };
    }

    private void build() {
        rows.getChildren().clear();
        List<String> layout = symbols.get() ? List.of("1234567890", "!?\"()+=:;%", "@&/€*#,.-_") : letterRows();
        for (String row : layout) {
            HBox line = new HBox(8);
            line.setAlignment(Pos.CENTER);
            row.codePoints().forEach(cp -> {
                String s = new String(Character.toChars(cp));
                String shown = upper.get() && !symbols.get() ? s.toUpperCase(Locale.ROOT) : s;
                line.getChildren().add(key(shown, () -> model.type(shown)));
            });
            rows.getChildren().add(line);
        }
        HBox bottom = new HBox(8);
        bottom.setAlignment(Pos.CENTER);
        ToggleButton shift = new ToggleButton(messages.get("keyboard.shift"));
        shift.setSelected(upper.get());
        shift.selectedProperty().bindBidirectional(upper);
        shift.setDisable(symbols.get());
        styleKey(shift, "osk-wide");
        ToggleButton sym =
                new ToggleButton(symbols.get() ? messages.get("keyboard.letters") : messages.get("keyboard.symbols"));
        sym.setSelected(symbols.get());
        sym.selectedProperty().bindBidirectional(symbols);
        styleKey(sym, "osk-wide");
        Button space = key(messages.get("keyboard.space"), () -> model.type(" "));
        space.getStyleClass().add("osk-space");
        space.setId("osk-space");
        HBox.setHgrow(space, Priority.ALWAYS);
        space.setMaxWidth(520);
        Button delete = key(messages.get("keyboard.backspace"), model::backspace);
        delete.getStyleClass().add("osk-wide");
        delete.setId("osk-delete");
        bottom.getChildren().addAll(shift, sym, space, delete);
        rows.getChildren().add(bottom);
    }

    private Button key(String text, Runnable action) {
        Button b = new Button(text);
        b.setOnAction(e -> action.run());
        styleKey(b, "osk-key");
        return b;
    }

    private static void styleKey(javafx.scene.control.ButtonBase b, String styleClass) {
        b.getStyleClass().addAll("osk-button", styleClass);
        b.setFocusTraversable(false);
    }
}
