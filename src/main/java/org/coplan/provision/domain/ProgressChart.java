package org.coplan.provision.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The geometry of an outcome's progress chart, drawn by the page as an inline SVG: the steps of
 * the scale up the y-axis in the authority's order (lowest at the bottom), dates along the x-axis,
 * one point per record joined by a line. Coordinates are whole units of the SVG's own viewBox, so
 * the chart scales to any screen width. Nothing here knows how it is drawn or worded.
 */
public record ProgressChart(
        int width, int height, int plotLeft, int plotRight, int plotBottom, List<StepLine> steps, List<Tick> ticks,
        List<Point> points) {

    public static final int WIDTH = 560;
    public static final int LEFT = 140;
    public static final int RIGHT = 24;
    public static final int TOP = 20;
    public static final int ROW = 44;
    public static final int BOTTOM = 44;
    /** Date labels along the x-axis, at most. */
    public static final int MAX_TICKS = 4;

    /** Characters of a step's name that fit left of the plot; a longer name is cut with an ellipsis (the table has it whole). */
    public static final int LABEL_FITS = 18;

    /** A step of the scale: its name, the name as it fits beside the chart, and the height of its line. */
    public record StepLine(String label, String shown, int y) {}

    /** A date marked on the x-axis. */
    public record Tick(LocalDate date, int x) {}

    /** A record drawn on the chart. */
    public record Point(LocalDate date, String step, int x, int y) {}

    /** A record to draw: the day it was observed and its step. */
    public record Observation(LocalDate date, UUID step) {}

    /**
     * The chart of these observations, oldest first as given, on this scale. Observations at a step
     * no longer on the scale cannot happen (a used step cannot be removed) and are left out.
     */
    public static ProgressChart of(ProgressScale scale, List<Observation> observations) {
        int n = scale.steps().size();
        int plotBottom = TOP + Math.max(0, n - 1) * ROW;
        int height = plotBottom + BOTTOM;
        int plotRight = WIDTH - RIGHT;
        List<StepLine> lines = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String label = scale.steps().get(i).label();
            lines.add(new StepLine(label, label.length() <= LABEL_FITS ? label : label.substring(0, LABEL_FITS - 1).strip() + "…", y(i, n)));
        }
        List<Observation> shown = observations.stream().filter(o -> scale.indexOf(o.step()) >= 0).toList();
        List<Point> points = new ArrayList<>();
        List<Tick> ticks = new ArrayList<>();
        if (!shown.isEmpty()) {
            LocalDate first = shown.stream().map(Observation::date).min(LocalDate::compareTo).orElseThrow();
            LocalDate last = shown.stream().map(Observation::date).max(LocalDate::compareTo).orElseThrow();
            long span = ChronoUnit.DAYS.between(first, last);
            for (Observation o : shown) {
                int i = scale.indexOf(o.step());
                points.add(new Point(o.date(), scale.steps().get(i).label(), x(o.date(), first, span, plotRight), y(i, n)));
            }
            if (span == 0) {
                ticks.add(new Tick(first, x(first, first, 0, plotRight)));
            } else {
                for (int t = 0; t < MAX_TICKS; t++) {
                    LocalDate date = first.plusDays(Math.round((double) span * t / (MAX_TICKS - 1)));
                    if (ticks.isEmpty() || !ticks.getLast().date().equals(date)) {
                        ticks.add(new Tick(date, x(date, first, span, plotRight)));
                    }
                }
            }
        }
        return new ProgressChart(WIDTH, height, LEFT, plotRight, plotBottom, lines, ticks, points);
    }

    public boolean empty() {
        return points.isEmpty();
    }

    /** The points joined, as the SVG polyline's {@code points} attribute. */
    public String line() {
        StringBuilder s = new StringBuilder();
        for (Point p : points) {
            if (!s.isEmpty()) {
                s.append(' ');
            }
            s.append(p.x()).append(',').append(p.y());
        }
        return s.toString();
    }

    public Point first() {
        return points.getFirst();
    }

    public Point last() {
        return points.getLast();
    }

    private static int y(int index, int steps) {
        return TOP + (steps - 1 - index) * ROW;
    }

    /** One date alone sits in the middle; otherwise the first date at the left edge and the last at the right. */
    private static int x(LocalDate date, LocalDate first, long span, int plotRight) {
        if (span == 0) {
            return LEFT + (plotRight - LEFT) / 2;
        }
        return LEFT + (int) Math.round((double) ChronoUnit.DAYS.between(first, date) * (plotRight - LEFT) / span);
    }
}
