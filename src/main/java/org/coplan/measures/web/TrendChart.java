package org.coplan.measures.web;

import java.util.ArrayList;
import java.util.List;

/**
 * The coordinates of a small bar chart of one figure by term, drawn as inline SVG by the template:
 * a bar per term for the school, service or case, and a line with dots for the whole authority. Only
 * numbers that the table beside it shows are drawn; a hidden or empty term has no bar.
 */
record TrendChart(int width, int height, int plotLeft, int plotRight, int plotTop, int plotBottom, List<Slot> slots,
        List<Grid> grid, String authorityLine, boolean hasHere, boolean hasAuthority) {

    static final int WIDTH = 340;
    static final int HEIGHT = 210;
    static final int LEFT = 44;
    static final int RIGHT = 330;
    static final int TOP = 30;
    static final int BOTTOM = 160;

    /** One term: where its label goes, its bar (if shown) and the authority's dot (if shown). */
    record Slot(int labelX, String season, String year, Bar bar, Dot dot, boolean hereHidden) {}

    record Bar(int x, int y, int width, int height, String shown) {}

    record Dot(int x, int y) {}

    /** A horizontal line across the plot at a value, with its label. */
    record Grid(int y, String shown) {}

    /** One term's values: null where nothing is drawn. */
    record Point(String season, String year, Double here, String hereShown, boolean hereHidden, Double authority) {}

    /**
     * @param top the value at the top of the plot (1 for a share, else the largest value rounded up)
     * @param gridLabels the labels of the lines at 0, half and the top
     */
    static TrendChart of(List<Point> points, double top, List<String> gridLabels) {
        int n = Math.max(points.size(), 1);
        double slot = (double) (RIGHT - LEFT) / n;
        List<Slot> slots = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        boolean hasHere = false;
        boolean hasAuthority = false;
        for (int i = 0; i < points.size(); i++) {
            Point p = points.get(i);
            int centre = (int) Math.round(LEFT + slot * i + slot / 2);
            Bar bar = null;
            if (p.here() != null) {
                int h = (int) Math.round((BOTTOM - TOP) * Math.min(p.here(), top) / top);
                int w = (int) Math.min(24, slot * 0.5);
                bar = new Bar(centre - w / 2, BOTTOM - h, w, h, p.hereShown());
                hasHere = true;
            }
            Dot dot = null;
            if (p.authority() != null) {
                dot = new Dot(centre, (int) Math.round(BOTTOM - (BOTTOM - TOP) * Math.min(p.authority(), top) / top));
                line.append(line.isEmpty() ? "" : " ").append(dot.x()).append(',').append(dot.y());
                hasAuthority = true;
            }
            slots.add(new Slot(centre, p.season(), p.year(), bar, dot, p.hereHidden()));
        }
        List<Grid> grid = List.of(new Grid(BOTTOM, gridLabels.get(0)), new Grid((BOTTOM + TOP) / 2, gridLabels.get(1)),
                new Grid(TOP, gridLabels.get(2)));
        return new TrendChart(WIDTH, HEIGHT, LEFT, RIGHT, TOP, BOTTOM, slots, grid, line.toString(), hasHere, hasAuthority);
    }

    /** The top of the scale for counts, averages and days: the largest value, rounded up to an even number. */
    static double topFor(double largest) {
        if (largest <= 0) {
            return 2;
        }
        double magnitude = Math.pow(10, Math.floor(Math.log10(largest)));
        double top = Math.ceil(largest / magnitude) * magnitude;
        return top % 2 == 0 || top < 2 ? Math.max(top, 2) : top + magnitude;
    }
}
