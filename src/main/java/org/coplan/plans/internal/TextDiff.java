package org.coplan.plans.internal;

import com.github.difflib.text.DiffRow;
import com.github.difflib.text.DiffRowGenerator;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** A readable word-by-word difference between two texts, as escaped HTML with ins and del marks. */
public final class TextDiff {

    private TextDiff() {}

    /**
     * @param removed the words screen readers hear before removed text ("removed:")
     * @param added the words they hear before added text ("added:")
     */
    public static String html(String before, String after, String removed, String added) {
        String removedStart = "<del><span class=\"govuk-visually-hidden\">" + escape(removed) + " </span>";
        String addedStart = "<ins><span class=\"govuk-visually-hidden\">" + escape(added) + " </span>";
        DiffRowGenerator generator = DiffRowGenerator.create()
                .showInlineDiffs(true)
                .inlineDiffByWord(true)
                .mergeOriginalRevised(true)
                .lineNormalizer(DiffRowGenerator.LINE_NORMALIZER_FOR_HTML)
                .oldTag(start -> start ? removedStart : "</del>")
                .newTag(start -> start ? addedStart : "</ins>")
                .build();
        List<DiffRow> rows = generator.generateDiffRows(lines(before), lines(after));
        return rows.stream().map(DiffRow::getOldLine).collect(Collectors.joining("<br>"));
    }

    private static List<String> lines(String text) {
        return Arrays.asList((text == null ? "" : text).split("\\R", -1));
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
