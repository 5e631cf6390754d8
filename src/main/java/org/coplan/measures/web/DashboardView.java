package org.coplan.measures.web;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.coplan.cases.CaseFigures.Measure;
import org.coplan.measures.domain.ConfidenceScale;
import org.coplan.measures.domain.ConfidenceSpread;
import org.coplan.measures.domain.Term;
import org.coplan.measures.internal.FigureDashboards.Cell;
import org.coplan.measures.internal.FigureDashboards.Dashboard;
import org.coplan.measures.internal.FigureDashboards.Panel;
import org.coplan.measures.internal.FigureDashboards.Row;
import org.coplan.measures.internal.FigureDashboards.Spread;
import org.coplan.measures.internal.FigureDashboards.State;
import org.springframework.context.MessageSource;

/**
 * A dashboard as the page and its CSV files show it: every number already in words ("75%", "Fewer
 * than 5 families"), so the chart, the table beside it and the downloaded file cannot disagree.
 */
record DashboardView(List<PanelView> panels) {

    /** A panel: its heading, whether anything in it is hidden, its figures and (confidence) the spread of answers. */
    record PanelView(String group, String heading, String intro, boolean anyHidden, List<FigureView> figures, List<SpreadTable> spread) {
        public boolean empty() {
            return figures.isEmpty();
        }
    }

    /** One figure: its name and one-line definition, a chart and the table of the same numbers. */
    record FigureView(String id, String name, String definition, TrendChart chart, String chartDescription, List<TermRow> rows,
            boolean hasHere) {}

    /** One term of a figure's table. */
    record TermRow(String term, String here, String authority, boolean hereHidden, boolean authorityHidden) {}

    /** The spread of answers over the scale in one term, one row per statement. */
    record SpreadTable(String term, List<String> columns, List<SpreadRow> rows) {}

    record SpreadRow(String statement, List<String> cells) {}

    /**
     * @param hereLabel what the first column is: the school, the service, the case; null when the page
     *     is the authority's own (then the figures are the authority's and there is no comparison)
     */
    static DashboardView of(Dashboard d, MessageSource messages, Locale locale, int smallestShown, boolean caseLevel) {
        Words w = new Words(messages, locale, smallestShown);
        List<PanelView> panels = new ArrayList<>();
        for (Panel p : d.panels()) {
            List<FigureView> figures = new ArrayList<>();
            boolean anyHidden = false;
            for (Row r : p.rows()) {
                List<TermRow> rows = new ArrayList<>();
                List<TrendChart.Point> points = new ArrayList<>();
                double largest = 0;
                for (int i = 0; i < d.terms().size(); i++) {
                    Term t = d.terms().get(i);
                    Cell here = r.here() == null ? null : r.here().get(i);
                    Cell wide = r.authority() == null ? null : r.authority().get(i);
                    rows.add(new TermRow(w.term(t), here == null ? null : w.value(here, r.measure(), caseLevel),
                            wide == null ? null : w.value(wide, r.measure(), false),
                            here != null && here.state() == State.HIDDEN, wide != null && wide.state() == State.HIDDEN));
                    anyHidden |= (here != null && here.state() == State.HIDDEN) || (wide != null && wide.state() == State.HIDDEN);
                    Double hv = here != null && here.state() == State.SHOWN ? here.figure().value() : null;
                    Double wv = wide != null && wide.state() == State.SHOWN ? wide.figure().value() : null;
                    largest = Math.max(largest, Math.max(hv == null ? 0 : hv, wv == null ? 0 : wv));
                    points.add(new TrendChart.Point(w.season(t), String.valueOf(t.year()), hv,
                            here == null ? null : w.value(here, r.measure(), caseLevel),
                            here != null ? here.state() == State.HIDDEN : wide != null && wide.state() == State.HIDDEN, wv));
                }
                double top = r.measure() == Measure.SHARE ? 1 : TrendChart.topFor(largest);
                List<String> grid = List.of(w.axis(0, r.measure()), w.axis(top / 2, r.measure()), w.axis(top, r.measure()));
                String name = w.name(r.key());
                figures.add(new FigureView("figure-" + r.key().replaceAll("[^A-Za-z0-9]", "-"), name, w.definition(r.key()),
                        TrendChart.of(points, top, grid), w.msg("dashboard.measures.chart.desc", name), rows, r.here() != null));
            }
            List<SpreadTable> spread = new ArrayList<>();
            for (Term t : d.terms()) {
                List<Spread> inTerm = p.spread().stream().filter(s -> s.spread().term().equals(t.key())).toList();
                if (inTerm.isEmpty()) {
                    continue;
                }
                List<String> columns = new ArrayList<>();
                for (ConfidenceScale s : ConfidenceScale.values()) {
                    columns.add(w.msg("confidence.scale." + s.name()));
                }
                columns.add(w.msg("dashboard.measures.spread.all"));
                List<SpreadRow> rows = new ArrayList<>();
                for (Spread s : inTerm) {
                    List<String> cells = new ArrayList<>();
                    for (ConfidenceScale scale : ConfidenceScale.values()) {
                        boolean hidden = s.hidden().contains(scale.name());
                        anyHidden |= hidden;
                        cells.add(hidden ? w.hidden() : String.valueOf(s.spread().count(scale)));
                    }
                    boolean allHidden = s.hidden().contains(ConfidenceSpread.ALL);
                    anyHidden |= allHidden;
                    cells.add(allHidden ? w.hidden() : String.valueOf(s.spread().all()));
                    rows.add(new SpreadRow(w.name(org.coplan.measures.internal.ConfidenceFigures.key(s.spread().statement())), cells));
                }
                spread.add(new SpreadTable(w.term(t), columns, rows));
            }
            panels.add(new PanelView(p.group(), w.panelHeading(p.group()), w.msgOrNull("dashboard.measures.panel." + p.group() + ".intro"),
                    anyHidden, figures, spread));
        }
        return new DashboardView(panels);
    }

    java.util.Optional<PanelView> panel(String group) {
        return panels.stream().filter(p -> p.group().equals(group)).findFirst();
    }

    /** The words for numbers and names, with a fallback wherever a message is missing. */
    record Words(MessageSource messages, Locale locale, int smallestShown) {

        String msg(String key, Object... args) {
            return messages.getMessage(key, args, key, locale);
        }

        String msgOrNull(String key) {
            return messages.getMessage(key, null, null, locale);
        }

        /** A figure's name from {@code figure.<key>.name}, or its key made readable if no one wrote one. */
        String name(String key) {
            String name = msgOrNull("figure." + key + ".name");
            if (name != null) {
                return name;
            }
            String plain = key.replace('.', ' ').replace('-', ' ').replace('_', ' ')
                    .replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT).strip();
            return plain.isEmpty() ? key : Character.toUpperCase(plain.charAt(0)) + plain.substring(1);
        }

        String definition(String key) {
            String d = msgOrNull("figure." + key + ".definition");
            return d == null ? msg("dashboard.measures.noDefinition") : d;
        }

        String panelHeading(String group) {
            String h = msgOrNull("dashboard.measures.panel." + group);
            return h != null ? h : name(group);
        }

        String term(Term t) {
            return msg("dashboard.measures.term." + t.season().name(), String.valueOf(t.year()));
        }

        String season(Term t) {
            return msg("dashboard.measures.season." + t.season().name());
        }

        String hidden() {
            return msg("dashboard.measures.hidden", smallestShown);
        }

        String value(Cell c, Measure m, boolean caseLevel) {
            return switch (c.state()) {
                case HIDDEN -> hidden();
                case NONE -> msg("dashboard.measures.none");
                case SHOWN -> number(c.figure().value(), m, c.figure().numerator(), c.figure().denominator(), caseLevel);
            };
        }

        String number(double v, Measure m, long numerator, long denominator, boolean caseLevel) {
            return switch (m) {
                case SHARE -> caseLevel ? msg("dashboard.measures.value.shareOf", percent(v), numerator, denominator) : percent(v);
                case AVERAGE -> decimal(v);
                case MEDIAN_DAYS -> msg("dashboard.measures.value.days", (long) v);
                case COUNT -> String.valueOf((long) v);
            };
        }

        String axis(double v, Measure m) {
            return switch (m) {
                case SHARE -> percent(v);
                case AVERAGE -> decimal(v);
                case MEDIAN_DAYS, COUNT -> decimal(v);
            };
        }

        static String percent(double v) {
            return Math.round(v * 100) + "%";
        }

        static String decimal(double v) {
            return new DecimalFormat("0.#", DecimalFormatSymbols.getInstance(Locale.UK)).format(v);
        }
    }
}
