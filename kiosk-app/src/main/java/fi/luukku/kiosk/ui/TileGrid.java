package fi.luukku.kiosk.ui;

import java.util.List;
import javafx.geometry.HPos;
import javafx.geometry.Orientation;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.layout.Pane;

/**
 * A grid of equally wide touch tiles whose rows are as tall as their tallest tile needs at the width it really
 * gets. As many columns as fit at the minimum tile width; the tiles then share the row. Unlike a {@code TilePane}
 * (which measures a wrapping text at its unwrapped width, so a name that wraps three times got the height of one
 * line and was cut off), a tile's height is asked for at its final width, so every long name gets its lines in
 * every language and at every window size.
 */
public final class TileGrid extends Pane {
    private final double minTileWidth;
    private final double minTileHeight;
    private final double gap;

    public TileGrid(double minTileWidth, double minTileHeight, double gap) {
        this.minTileWidth = minTileWidth;
        this.minTileHeight = minTileHeight;
        this.gap = gap;
        getStyleClass().add("tile-grid");
        setMinWidth(0);
    }

    /** Replaces the tiles. */
    public void setTiles(List<? extends Node> tiles) {
        getChildren().setAll(tiles);
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    @Override
    protected double computeMinWidth(double height) {
        return snappedLeftInset() + snappedRightInset();
    }

    @Override
    protected double computePrefWidth(double height) {
        int n = getManagedChildren().size();
        int columns = Math.min(Math.max(n, 1), 3);
        return snappedLeftInset() + snappedRightInset() + columns * minTileWidth + (columns - 1) * gap;
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected double computePrefHeight(double width) {
        double inner = innerWidth(width < 0 ? prefWidth(-1) : width);
        double[] rows = rowHeights(inner);
        double h = 0;
        for (double r : rows) {
            h += r;
        }
        return snappedTopInset() + snappedBottomInset() + h + Math.max(0, rows.length - 1) * gap;
    }

    @Override
    protected void layoutChildren() {
        List<Node> tiles = getManagedChildren();
        double inner = innerWidth(getWidth());
        int columns = columns(inner);
        double tileWidth = tileWidth(inner, columns);
        double[] rows = rowHeights(inner);
        double y = snappedTopInset();
        for (int i = 0; i < tiles.size(); i++) {
            int row = i / columns;
            int col = i % columns;
            double x = snappedLeftInset() + col * (tileWidth + gap);
            layoutInArea(tiles.get(i), x, y, tileWidth, rows[row], 0, HPos.CENTER, VPos.CENTER);
            if (col == columns - 1) {
                y += rows[row] + gap;
            }
        }
    }

    private double innerWidth(double width) {
        return Math.max(0, width - snappedLeftInset() - snappedRightInset());
    }

    private int columns(double inner) {
        return Math.max(1, (int) ((inner + gap) / (minTileWidth + gap)));
    }

    private double tileWidth(double inner, int columns) {
        return Math.floor((inner - (columns - 1) * gap) / columns);
    }

    /** Each row as tall as its tallest tile needs at the tile width (a long name costs only its own row). */
    private double[] rowHeights(double inner) {
        List<Node> tiles = getManagedChildren();
        int columns = columns(inner);
        double tileWidth = tileWidth(inner, columns);
        double[] out = new double[(tiles.size() + columns - 1) / columns];
        java.util.Arrays.fill(out, minTileHeight);
        for (int i = 0; i < tiles.size(); i++) {
            out[i / columns] = Math.max(out[i / columns], Math.ceil(tiles.get(i).prefHeight(tileWidth)));
        }
        for (int r = 0; r < out.length; r++) {
            out[r] = snapSizeY(out[r]);
        }
        return out;
    }
}
