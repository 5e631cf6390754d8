package org.coplan.measures.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.coplan.cases.CaseContext;
import org.coplan.cases.CaseFacets;
import org.coplan.cases.CaseFigures;
import org.coplan.cases.CaseFigures.Figure;
import org.coplan.cases.CaseFigures.Measure;
import org.coplan.cases.CaseFilter;
import org.coplan.cases.CaseId;
import org.coplan.cases.CaseSelections;
import org.coplan.measures.domain.ConfidenceSpread;
import org.coplan.measures.domain.ConfidenceStatement;
import org.coplan.measures.domain.FigureSuppression;
import org.coplan.measures.domain.FilterCheck;
import org.coplan.measures.domain.Term;
import org.coplan.measures.internal.FigureScopes.Kind;
import org.coplan.measures.internal.FigureScopes.Scope;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The co-production dashboards' figures: every quality figure every module offers ({@link CaseFigures}
 * beans), over the cases of a school, a service, the authority or one case, for the last six terms (two
 * school years), beside the same figures for the whole authority. What staff see is suppressed
 * ({@link FigureSuppression}) and a filter combination that would pick out, or let a reader subtract
 * down to, fewer than the smallest number of cases is refused ({@link FilterCheck}): then no figure
 * of that combination is worked out at all.
 */
@Service
@Transactional(readOnly = true)
public class FigureDashboards {

    /** How many terms the dashboards show: two school years. */
    public static final int TERMS_SHOWN = 6;

    /** The panels in the order the page shows them; a group no one has named yet comes after them. */
    public static final List<String> PANELS = List.of(
            "confidence", "contributions", "agreement", "meetings", "disagreements", "involvement", "fidelity");

    /** One figure in one term, as a reader may see it. */
    public record Cell(State state, Figure figure) {
        static final Cell NONE = new Cell(State.NONE, null);
    }

    public enum State {
        SHOWN,
        /** drawn from too few families: the page says so instead of the number */
        HIDDEN,
        /** nothing to count in that term */
        NONE
    }

    /** A figure's row: its value per term here, and in the whole authority (null when not compared). */
    public record Row(String key, Measure measure, List<Cell> here, List<Cell> authority) {}

    /** A statement's spread over the scale in one term, with what may not be shown of it. */
    public record Spread(ConfidenceSpread spread, Set<String> hidden) {}

    /** One panel: its group, its rows, and for the confidence panel the spread of answers. */
    public record Panel(String group, List<Row> rows, List<Spread> spread) {}

    /**
     * The figures for a page. {@code refused} is not {@link FilterCheck.Outcome#SHOWN} when the filters
     * were refused; then {@code panels} is empty.
     */
    public record Dashboard(List<Term> terms, FilterCheck.Outcome refused, boolean compared, List<Panel> panels) {

        public boolean isRefused() {
            return refused != FilterCheck.Outcome.SHOWN;
        }

        public java.util.Optional<Panel> panel(String group) {
            return panels.stream().filter(p -> p.group().equals(group)).findFirst();
        }
    }

    private final FigureScopes scopes;
    private final CaseSelections selections;
    private final List<CaseFigures> sources;
    private final ConfidenceFigures confidence;
    private final FigureSuppression rule;
    private final Clock clock;
    private final AreaFigureMemo<Figure> area;
    private final AreaFigureMemo<Spread> areaSpread;
    private final org.coplan.people.People people;
    private final int areaFiguresMinutes;

    FigureDashboards(org.coplan.people.People people, FigureScopes scopes, CaseSelections selections, List<CaseFigures> sources, ConfidenceFigures confidence,
            @Value("${coplan.measures.smallest-shown:5}") int smallestShown, Clock clock,
            @Value("${coplan.measures.area-figures-minutes:10}") int areaFiguresMinutes) {
        this.people = people;
        this.area = new AreaFigureMemo<>(clock, java.time.Duration.ofMinutes(Math.max(0, areaFiguresMinutes)));
        this.areaSpread = new AreaFigureMemo<>(clock, java.time.Duration.ofMinutes(Math.max(0, areaFiguresMinutes)));
        this.areaFiguresMinutes = Math.max(0, areaFiguresMinutes);
        this.scopes = scopes;
        this.selections = selections;
        this.sources = List.copyOf(sources);
        this.confidence = confidence;
        this.rule = new FigureSuppression(smallestShown);
        this.clock = clock;
    }

    /**
     * Counts each authority's whole-area figures (no filter) again before the kept ones go stale, so
     * the authority's page and the comparison on every school's, service's and family's page are
     * always ready. Runs on the schedule {@code coplan.measures.area-figures-cron}.
     */
    @org.springframework.scheduling.annotation.Scheduled(cron = "${coplan.measures.area-figures-cron:0 */5 * * * *}", zone = "Europe/London")
    public void recountAreas() {
        if (areaFiguresMinutes == 0) {
            return;
        }
        List<Term> terms = terms();
        for (org.coplan.people.Organisation la : people.organisations(org.coplan.people.OrganisationKind.LOCAL_AUTHORITY)) {
            List<CaseId> all = ids(selections.inAuthority(la.id(), today()));
            if (!all.isEmpty()) {
                AreaFigureMemo.Key key = areaKey(la.id(), CaseFilter.none(), terms);
                area.recount(key, () -> figures(all, terms.getFirst().firstDay(), today()));
                areaSpread.recount(key, () -> spread(all, terms.getFirst().firstDay(), today()));
            }
        }
    }

    /** How many minutes the authority's figures are kept before they are counted again (0: every view). */
    public int areaFiguresMinutes() {
        return areaFiguresMinutes;
    }

    public int smallestShown() {
        return rule.smallestShown();
    }

    /** The terms shown, oldest first, ending with today's. */
    public List<Term> terms() {
        return Term.of(today()).lastOf(TERMS_SHOWN);
    }

    /** A school's, service's or the authority's figures for staff, filtered, suppressed, or refused. */
    public Dashboard forScope(Scope scope, CaseFilter filter) {
        List<Term> terms = terms();
        List<CaseFacets> all = scopes.cases(scope);
        boolean compared = scope.kind() != Kind.AUTHORITY;
        List<CaseFacets> authority = compared ? selections.inAuthority(scope.localAuthority(), today()) : all;
        FilterCheck.Outcome outcome = FilterCheck.check(all, filter, rule);
        if (outcome == FilterCheck.Outcome.SHOWN && compared) {
            outcome = FilterCheck.check(authority, filter, rule);
        }
        if (outcome != FilterCheck.Outcome.SHOWN) {
            return new Dashboard(terms, outcome, compared, List.of());
        }
        List<CaseId> here = ids(filter.select(all));
        List<CaseId> wide = compared ? ids(filter.select(authority)) : List.of();
        AreaFigureMemo.Key areaKey = areaKey(scope.localAuthority(), filter, terms);
        return new Dashboard(terms, outcome, compared, panels(terms, here, true, compared ? wide : null, true,
                compared ? null : areaKey, compared ? areaKey : null));
    }

    /**
     * One case's figures for its family and team, with the whole authority's beside them. The case's
     * own figures are not suppressed (they are the family's own record), but the case's confidence
     * figures are left out: they would show what one family member answered to everyone else on the
     * case. The family member sees their own answers instead ({@link ConfidenceFigures#ownAnswers}).
     */
    public Dashboard forCase(CaseContext ctx) {
        List<Term> terms = terms();
        List<CaseId> wide = ids(selections.inAuthority(ctx.child().localAuthority(), today()));
        List<Panel> panels = panels(terms, List.of(ctx.caseId()), false, wide, false, null,
                areaKey(ctx.child().localAuthority(), CaseFilter.none(), terms));
        return new Dashboard(terms, FilterCheck.Outcome.SHOWN, true, panels);
    }

    /**
     * @param hereKey where the figures shown as "here" are the whole authority's (its own page), the key
     *     they are kept under for a few minutes; null for a school's, service's or case's own, counted afresh
     * @param wideKey the key the authority's figures beside them are kept under
     */
    private List<Panel> panels(List<Term> terms, List<CaseId> here, boolean suppressHere, List<CaseId> wide, boolean withSpread,
            AreaFigureMemo.Key hereKey, AreaFigureMemo.Key wideKey) {
        LocalDate from = terms.getFirst().firstDay();
        LocalDate to = today();
        List<Figure> hereFigures = hereKey == null ? figures(here, from, to) : area.figures(hereKey, () -> figures(here, from, to));
        if (!suppressHere) {
            hereFigures = hereFigures.stream().filter(f -> !f.group().equals(ConfidenceFigures.GROUP)).toList();
        }
        List<Figure> wideFigures = wide == null ? List.of() : area.figures(wideKey, () -> figures(wide, from, to));
        List<Spread> spread = !withSpread ? List.of()
                : hereKey == null ? spread(here, from, to) : areaSpread.figures(hereKey, () -> spread(here, from, to));

        Set<String> hiddenHere = suppressHere ? hidden(hereFigures) : Set.of();
        if (suppressHere) {
            // the share agreeing is hidden with the spread's counts that would give it away
            for (Spread s : spread) {
                if (s.hidden().contains(ConfidenceSpread.AGREEING) || s.hidden().contains(ConfidenceSpread.KNOWN)) {
                    hiddenHere.add(cell(s.spread().term(), ConfidenceFigures.key(s.spread().statement())));
                }
            }
        }
        Set<String> hiddenWide = hidden(wideFigures);

        Map<String, List<String>> keysByGroup = new LinkedHashMap<>();
        Map<String, Measure> measures = new HashMap<>();
        for (Figure f : concat(hereFigures, wideFigures)) {
            List<String> keys = keysByGroup.computeIfAbsent(f.group(), g -> new ArrayList<>());
            if (!keys.contains(f.key())) {
                keys.add(f.key());
            }
            measures.putIfAbsent(f.key(), f.measure());
        }
        if (keysByGroup.containsKey(ConfidenceFigures.GROUP)) {
            keysByGroup.put(ConfidenceFigures.GROUP, java.util.Arrays.stream(ConfidenceStatement.values())
                    .map(ConfidenceFigures::key).toList());
            java.util.Arrays.stream(ConfidenceStatement.values()).forEach(s -> measures.put(ConfidenceFigures.key(s), Measure.SHARE));
        }
        Map<String, Figure> hereByCell = byCell(hereFigures);
        Map<String, Figure> wideByCell = byCell(wideFigures);

        List<String> groups = new ArrayList<>(PANELS);
        keysByGroup.keySet().stream().filter(g -> !PANELS.contains(g)).sorted().forEach(groups::add);
        List<Panel> panels = new ArrayList<>();
        for (String group : groups) {
            List<Row> rows = new ArrayList<>();
            for (String key : keysByGroup.getOrDefault(group, List.of())) {
                List<Cell> hereCells = new ArrayList<>();
                List<Cell> wideCells = wide == null ? null : new ArrayList<>();
                for (Term t : terms) {
                    String c = cell(t.key(), key);
                    hereCells.add(cellOf(hereByCell.get(c), hiddenHere.contains(c)));
                    if (wideCells != null) {
                        wideCells.add(cellOf(wideByCell.get(c), hiddenWide.contains(c)));
                    }
                }
                if (!suppressHere && group.equals(ConfidenceFigures.GROUP)) {
                    hereCells = null;
                }
                rows.add(new Row(key, measures.get(key), hereCells, wideCells));
            }
            panels.add(new Panel(group, rows, group.equals(ConfidenceFigures.GROUP) ? spread : List.of()));
        }
        return panels;
    }

    private static Cell cellOf(Figure f, boolean hidden) {
        if (f == null) {
            return Cell.NONE;
        }
        if (hidden) {
            return new Cell(State.HIDDEN, f);
        }
        boolean nothing = f.measure() == Measure.COUNT ? f.numerator() == 0 && f.cases() == 0 : f.denominator() == 0 && f.cases() == 0;
        return nothing ? new Cell(State.NONE, f) : new Cell(State.SHOWN, f);
    }

    /** Every figure every module gives over the cases. */
    private List<Figure> figures(List<CaseId> cases, LocalDate from, LocalDate to) {
        if (cases.isEmpty()) {
            return List.of();
        }
        List<Figure> all = new ArrayList<>();
        for (CaseFigures source : sources) {
            all.addAll(source.figures(cases, from, to));
        }
        return all;
    }

    private List<Spread> spread(List<CaseId> cases, LocalDate from, LocalDate to) {
        return confidence.spread(cases, from, to).stream().map(s -> new Spread(s, s.hidden(rule))).toList();
    }

    /** The cells to hide ("term|key"), panel by panel and term by term. */
    private Set<String> hidden(List<Figure> figures) {
        Map<String, List<Figure>> byPanelAndTerm = new LinkedHashMap<>();
        for (Figure f : figures) {
            byPanelAndTerm.computeIfAbsent(f.group() + "|" + f.term(), k -> new ArrayList<>()).add(f);
        }
        Set<String> hidden = new LinkedHashSet<>();
        for (List<Figure> inOneTerm : byPanelAndTerm.values()) {
            String term = inOneTerm.getFirst().term();
            rule.hidden(inOneTerm).forEach(key -> hidden.add(cell(term, key)));
        }
        return hidden;
    }

    private static Map<String, Figure> byCell(List<Figure> figures) {
        Map<String, Figure> map = new HashMap<>();
        figures.forEach(f -> map.put(cell(f.term(), f.key()), f));
        return map;
    }

    private static String cell(String term, String key) {
        return term + "|" + key;
    }

    private static List<Figure> concat(Collection<Figure> a, Collection<Figure> b) {
        List<Figure> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static List<CaseId> ids(List<CaseFacets> facets) {
        return facets.stream().map(CaseFacets::id).toList();
    }

    private AreaFigureMemo.Key areaKey(org.coplan.people.OrganisationId la, CaseFilter filter, List<Term> terms) {
        return new AreaFigureMemo.Key(la.value(), filter, terms.getFirst().firstDay(), today());
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
