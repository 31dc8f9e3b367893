package fi.luukku.kiosk.feedback;

import javafx.beans.property.ReadOnlyObjectProperty;

/**
 * A question answered on the five-face scale (overall satisfaction, perceived safety): what {@link RatingView}
 * needs to show it. {@link #key()} names its texts ({@code key.question}, {@code key.1}..{@code key.5}) and the
 * ids of its buttons ({@code key-1}..{@code key-5}).
 */
interface ScaleQuestion {
    String key();

    ReadOnlyObjectProperty<Integer> selectedProperty();

    void choose(int value);

    void skip();

    void back();

    boolean canGoBack();
}
