package org.coplan.process;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What another module has to say about the cases on a caseload, shown on the caseload page
 * beside the statutory deadlines: actions past their due date, disagreements still open. The
 * process module knows nothing of actions or disagreements: each module that keeps something
 * worth summarising offers a Spring bean of this type (it depends on process, never the other
 * way round), and the page shows every one in {@link org.springframework.core.annotation.Order}.
 *
 * <p>Words are message keys from {@code messages.properties}, so the page stays translatable.
 * Cases are named by id only; the caseload page adds the child's name from its own read model. A
 * summary finds the caseload's cases in its own tables, from the scope and ids in {@link Caseload}
 * (keeping copies of each case's authority and school, kept in step by
 * {@link org.coplan.cases.CaseChanged}, as ADR 0018 and 0019 describe).
 */
public interface CaseloadSummary {

    /** The summary for these cases. Always one, with zero counts when there is nothing to report. */
    Summary summarise(Caseload caseload);

    /**
     * @param titleKey the summary's heading
     * @param figures the counts, in the order shown
     * @param cases the cases behind the counts, or null if the summary lists none
     * @param link where the whole picture is, or null
     */
    record Summary(String titleKey, List<Figure> figures, CaseList cases, Link link) {
        public Summary {
            figures = List.copyOf(figures);
        }
    }

    /** One count, such as "Over 6 weeks: 2". */
    record Figure(String labelKey, long count) {}

    /**
     * Cases needing attention, most urgent first, shown as a table.
     *
     * @param captionKey the table's caption
     * @param countKey the heading of the column of counts
     * @param sinceKey the heading of the column of dates
     * @param noneKey what to say when there are no such cases
     * @param lines at most {@link #SHOWN} of them
     * @param total how many cases there are in all, so the page can say how many are not shown
     */
    record CaseList(String captionKey, String countKey, String sinceKey, String noneKey, List<CaseLine> lines, long total) {

        /** A summary lists this many cases at most; the page says how many more there are. */
        public static final int SHOWN = 20;

        public CaseList {
            lines = List.copyOf(lines);
        }
    }

    /**
     * One case: its count, the date that makes it urgent (such as the oldest due date) and where to
     * deal with it, and optionally a line of detail shown under the child's name (a message key and
     * its arguments, such as "9 of 12 checks met"; null for none).
     */
    record CaseLine(UUID caseId, long count, LocalDate since, String href, String detailKey, List<Object> detailArgs) {

        public CaseLine {
            detailArgs = detailArgs == null ? List.of() : List.copyOf(detailArgs);
        }

        public CaseLine(UUID caseId, long count, LocalDate since, String href) {
            this(caseId, count, since, href, null, List.of());
        }
    }

    /** A link to the page with the whole picture. */
    record Link(String textKey, String href) {}
}
