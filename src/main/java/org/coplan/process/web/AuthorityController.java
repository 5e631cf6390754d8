package org.coplan.process.web;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.coplan.cases.Stage;
import org.coplan.people.Organisation;
import org.coplan.people.OrganisationId;
import org.coplan.people.People;
import org.coplan.people.SignedInPerson;
import org.coplan.process.domain.CensusDate;
import org.coplan.process.domain.DashboardAccess;
import org.coplan.process.internal.CaseloadReading;
import org.coplan.process.internal.Dashboards.AuthorityFigures;
import org.coplan.process.internal.ProcessWork;
import org.coplan.process.internal.Sen2Export;
import org.coplan.shared.web.DateFields;
import org.coplan.shared.web.FormErrors;
import org.coplan.shared.web.NotFound;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The local authority's view for SEN managers and its EHC coordinators: how many EHC plans were
 * issued within 20 weeks, overdue reviews and deadlines, cases by stage; and the SEN2 export.
 */
@Controller
class AuthorityController {

    static final String LAST_12_MONTHS = "last12";
    static final int YEARS_OFFERED = 5;
    /** The first January census that can hold EHC plans (the Children and Families Act 2014 began in September 2014). */
    static final LocalDate EARLIEST_CENSUS = LocalDate.of(2015, 1, 1);
    static final java.time.format.DateTimeFormatter LONG_DATE =
            java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK);

    private final CaseloadReading caseloads;
    private final Sen2Export sen2;
    private final ProcessWork process;
    private final People people;
    private final MessageSource messages;
    private final MonthDay fixedCensusDay;
    private final org.coplan.plans.PlanThreadScores threads;

    AuthorityController(CaseloadReading caseloads, Sen2Export sen2, ProcessWork process, People people, MessageSource messages,
            @Value("${coplan.sen2.census-day:}") String censusDay, org.coplan.plans.PlanThreadScores threads) {
        this.threads = threads;
        this.caseloads = caseloads;
        this.sen2 = sen2;
        this.process = process;
        this.people = people;
        this.messages = messages;
        this.fixedCensusDay = censusDay == null || censusDay.isBlank() ? null : MonthDay.parse("--" + censusDay.strip());
    }

    @GetMapping("/authority")
    String showAuthority(
            @AuthenticationPrincipal SignedInPerson who,
            @RequestParam(required = false) String la,
            @RequestParam(required = false) String period,
            Model model) {
        Organisation authority = authority(who, la, model);
        LocalDate today = process.today();
        String chosen = LAST_12_MONTHS;
        LocalDate from = today.minusMonths(12).plusDays(1);
        LocalDate to = today;
        Labels periods = new Labels(messages).add(LAST_12_MONTHS, "dashboard.authority.last12");
        for (int year = today.getYear(); year > today.getYear() - YEARS_OFFERED; year--) {
            periods.add(String.valueOf(year), year == today.getYear() ? "dashboard.authority.yearSoFar" : "dashboard.authority.year",
                    String.valueOf(year));
            if (String.valueOf(year).equals(period)) {
                chosen = period;
                from = LocalDate.of(year, 1, 1);
                to = year == today.getYear() ? today : LocalDate.of(year, 12, 31);
            }
        }
        AuthorityFigures figures = caseloads.authority(authority.id().value(), from, to, today);
        model.addAttribute("period", chosen);
        model.addAttribute("periods", periods.list());
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("figures", figures);
        model.addAttribute("excepted", figures.onTimeWithExceptions().of() - figures.onTimeWithoutExceptions().of());
        model.addAttribute("stageKeys", List.of(Stage.values()));
        model.addAttribute("overdueTotal", figures.overdueByKind().values().stream().mapToLong(Long::longValue).sum());
        model.addAttribute("overdueKeys", figures.overdueByKind().keySet().stream().toList());
        model.addAttribute("stageTotal", figures.byStage().values().stream().mapToLong(Long::longValue).sum());
        // the golden thread of the EHC plans in force, from the scores kept as each plan changed (ADR 0039)
        org.coplan.plans.PlanThreadScores.Whole whole = threads.currentEhcPlans(authority.id().value());
        model.addAttribute("threadWhole", new org.coplan.process.domain.Share(whole.whole(), whole.of()));
        return "process/authority";
    }

    @GetMapping("/authority/sen2")
    String showSen2(@AuthenticationPrincipal SignedInPerson who, @RequestParam(required = false) String la, Model model) {
        Organisation authority = authority(who, la, model);
        LocalDate suggested = CensusDate.suggested(process.today().getYear(), fixedCensusDay);
        Map<String, String> typed = new HashMap<>();
        typed.put("censusDay", String.valueOf(suggested.getDayOfMonth()));
        typed.put("censusMonth", String.valueOf(suggested.getMonthValue()));
        typed.put("censusYear", String.valueOf(suggested.getYear()));
        return sen2Page(authority, typed, new FormErrors(), model);
    }

    @PostMapping("/authority/sen2")
    Object submitSen2(
            @AuthenticationPrincipal SignedInPerson who,
            @RequestParam Map<String, String> typed,
            Model model) {
        Organisation authority = authority(who, typed.get("la"), model);
        FormErrors errors = new FormErrors();
        DateFields.Result census = DateFields.parse(typed.get("censusDay"), typed.get("censusMonth"), typed.get("censusYear"));
        LocalDate latest = process.today().plusYears(1);
        if (!census.ok()) {
            errors.add("census", "sen2." + census.errorKey());
        } else if (census.date().isBefore(EARLIEST_CENSUS)) {
            errors.add("census", "sen2.census.tooEarly", LONG_DATE.format(EARLIEST_CENSUS));
        } else if (census.date().isAfter(latest)) {
            errors.add("census", "sen2.census.tooLate", LONG_DATE.format(latest));
        }
        if (errors.any()) {
            return sen2Page(authority, typed, errors, model);
        }
        Sen2Export.Export export = sen2.export(authority.id().value(), census.date(), who.id().value(), who.displayName(),
                DashboardAccess.of(people.staffMemberships(who.id())).coordinator() ? "EHC_COORDINATOR" : "SEN_MANAGER");
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename("sen2-" + census.date() + ".csv").build().toString())
                .body(export.csv());
    }

    private String sen2Page(Organisation authority, Map<String, String> typed, FormErrors errors, Model model) {
        model.addAttribute("typed", typed);
        model.addAttribute("errors", errors);
        model.addAttribute("columns", Sen2Export.COLUMNS);
        model.addAttribute("fixedCensusDay", fixedCensusDay != null);
        return "process/sen2";
    }

    /**
     * The authority the page is about: the one asked for if the person is an SEN manager or EHC
     * coordinator there, otherwise the first of theirs by name; "not found" if they have none.
     */
    private Organisation authority(SignedInPerson who, String la, Model model) {
        DashboardAccess access = DashboardAccess.of(people.staffMemberships(who.id()));
        if (!access.hasAuthorityView()) {
            throw new NotFound();
        }
        List<Organisation> mine = access.authorities().stream()
                .map(id -> people.organisation(new OrganisationId(id)))
                .flatMap(java.util.Optional::stream)
                .sorted(Comparator.comparing(Organisation::name))
                .toList();
        if (mine.isEmpty()) {
            throw new NotFound();
        }
        Organisation chosen = mine.stream().filter(o -> o.id().toString().equals(la)).findFirst().orElse(mine.get(0));
        model.addAttribute("authority", chosen);
        model.addAttribute("authorities", mine.stream().map(o -> new String[] {o.id().toString(), o.name()}).toList());
        return chosen;
    }
}
