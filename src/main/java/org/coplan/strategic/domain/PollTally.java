package org.coplan.strategic.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.coplan.meetings.domain.Suppression;
import org.coplan.meetings.domain.Suppression.Count;
import org.coplan.meetings.domain.Suppression.Sum;

/**
 * The counts of one question's answers as anyone may see them. A count from 1 to
 * {@code smallestShown - 1} is shown as "fewer than", and so are as many others as it takes that none
 * of them can be worked out by taking the shown ones from the number of people who answered, which
 * is always shown. With fewer answers than that in all, no count is shown. For a question with
 * several choices each option is a part of its own sum (chose it, did not), so "did not choose"
 * small is protected too.
 */
public final class PollTally {

    /** One option's count: its share of those who answered when shown, or hidden. */
    public record Row(String label, long count, boolean hidden, int percent) {}

    private PollTally() {}

    /**
     * @param counts how many chose each option (for a scale: each of 1 to 5)
     * @param answered how many answered the question
     * @param multiple whether one person could choose several options
     */
    public static List<Row> rows(List<String> labels, List<Long> counts, long answered, boolean multiple, int smallestShown) {
        Set<Integer> hidden = hidden(counts, answered, multiple, smallestShown);
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < counts.size(); i++) {
            long c = counts.get(i);
            boolean h = hidden.contains(i);
            int percent = h || answered == 0 ? 0 : (int) Math.round(100.0 * c / answered);
            rows.add(new Row(labels.get(i), h ? 0 : c, h, percent));
        }
        return rows;
    }

    /** Whether free-text answers may be shown: only when at least {@code smallestShown} people wrote one. */
    public static boolean textsShown(long written, int smallestShown) {
        return written >= smallestShown;
    }

    /** The numbers of the options whose counts must not be shown. */
    public static Set<Integer> hidden(List<Long> counts, long answered, boolean multiple, int smallestShown) {
        Set<Integer> all = new LinkedHashSet<>();
        for (int i = 0; i < counts.size(); i++) {
            all.add(i);
        }
        if (answered < smallestShown) {
            return all;
        }
        List<Count> cells = new ArrayList<>();
        List<Sum> sums = new ArrayList<>();
        String total = "total";
        cells.add(Count.shown(total, (int) answered));
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < counts.size(); i++) {
            cells.add(Count.shown("o" + i, counts.get(i).intValue()));
            parts.add("o" + i);
            if (multiple) {
                cells.add(Count.implied("n" + i, (int) (answered - counts.get(i))));
                sums.add(new Sum(total, List.of("o" + i, "n" + i)));
            }
        }
        if (!multiple) {
            sums.add(new Sum(total, parts));
        }
        Set<Integer> hidden = new LinkedHashSet<>();
        for (String name : Suppression.hidden(cells, sums, smallestShown)) {
            if (name.startsWith("o")) {
                hidden.add(Integer.parseInt(name.substring(1)));
            }
        }
        if (multiple) {
            // the number who answered is always shown: a count close to it points at the few who did not choose it
            for (int i = 0; i < counts.size(); i++) {
                long c = counts.get(i);
                if ((c > 0 && c < smallestShown) || (answered - c > 0 && answered - c < smallestShown)) {
                    hidden.add(i);
                }
            }
        } else {
            List<Integer> shown = all.stream().filter(i -> !hidden.contains(i)).toList();
            if (hidden.size() == 1 && !shown.isEmpty()) {
                // one hidden count beside a known total is the total less the others: hide the smallest other too
                shown.stream().min(Comparator.comparingLong(counts::get)).ifPresent(hidden::add);
            }
        }
        return hidden;
    }
}
