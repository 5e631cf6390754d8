package org.coplan.plans.internal;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.coplan.plans.document.PlanDocument;

/**
 * A {@link PlanDocument} made ready for the template {@code plans/document :: plan(plan)}: plain
 * text split into paragraphs, empty parts left out, and each section given an anchor. The
 * template is shared by the PDF and by any page that shows a plan, so a page needs only
 * {@code model.addAttribute("plan", PrintablePlan.of(document))}.
 *
 * <p>Nothing here escapes markup: the template writes every value with {@code th:text}.
 */
public record PrintablePlan(
        String serviceName,
        String operatorName,
        String title,
        String childName,
        LocalDate dateOfBirth,
        String versionLabel,
        String status,
        LocalDate date,
        List<Section> sections) {

    public record Section(
            String anchor,
            String code,
            String heading,
            List<String> paragraphs,
            List<Item> items,
            List<Contribution> contributions,
            List<List<String>> disagreements,
            List<Quote> quotes,
            List<String> coAuthors) {

        /** True when the section has neither agreed text, items nor quoted words, so the reader is told it is empty. */
        public boolean isEmpty() {
            return paragraphs.isEmpty() && items.isEmpty() && quotes.isEmpty();
        }
    }

    public record Quote(String heading, List<String> paragraphs, String picked, String saidBy) {}

    public record Item(String title, List<Field> fields) {}

    public record Field(String label, List<String> paragraphs) {}

    public record Contribution(
            String authorName, String role, String kind, LocalDate date, List<String> paragraphs, String response,
            String answeredBy) {}

    private static final Pattern BLANK_LINE = Pattern.compile("\\n[ \\t\\u00A0]*\\n\\s*");
    private static final Pattern NOT_AN_ANCHOR = Pattern.compile("[^A-Za-z0-9_-]");

    public static PrintablePlan of(PlanDocument doc) {
        return new PrintablePlan(
                line(doc.serviceName()),
                line(doc.operatorName()),
                line(doc.title()),
                line(doc.childName()),
                doc.dateOfBirth(),
                line(doc.versionLabel()),
                line(doc.status()),
                doc.date(),
                list(doc.sections()).stream().map(PrintablePlan::section).toList());
    }

    private static Section section(PlanDocument.Section s) {
        return new Section(
                "section-" + NOT_AN_ANCHOR.matcher(line(s.code())).replaceAll("_"),
                line(s.code()),
                line(s.heading()),
                paragraphs(s.text()),
                list(s.items()).stream().map(PrintablePlan::item).toList(),
                list(s.contributions()).stream().map(PrintablePlan::contribution).toList(),
                list(s.disagreements()).stream()
                        .map(PrintablePlan::paragraphs)
                        .filter(p -> !p.isEmpty())
                        .toList(),
                list(s.quotes()).stream()
                        .map(q -> new Quote(line(q.heading()), paragraphs(q.words()), line(q.picked()), line(q.saidBy())))
                        .toList(),
                list(s.coAuthors()).stream().map(PrintablePlan::line).filter(a -> !a.isEmpty()).toList());
    }

    private static Item item(PlanDocument.Item item) {
        return new Item(
                line(item.title()),
                list(item.fields()).stream()
                        .map(f -> new Field(line(f.label()), paragraphs(f.value())))
                        .toList());
    }

    private static Contribution contribution(PlanDocument.Attribution a) {
        return new Contribution(
                line(a.authorName()), line(a.role()), line(a.kind()), a.date(), paragraphs(a.text()), line(a.response()),
                line(a.answeredBy()));
    }

    /**
     * Plain text as paragraphs: split at blank lines, each trimmed, empty ones dropped. Single line
     * breaks stay inside a paragraph; the template keeps them with {@code white-space: pre-line}.
     */
    static List<String> paragraphs(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        String normalised = text.replace("\r\n", "\n").replace('\r', '\n');
        return Arrays.stream(BLANK_LINE.split(normalised.strip()))
                .map(String::strip)
                .filter(p -> !p.isEmpty())
                .toList();
    }

    private static String line(String text) {
        return text == null ? "" : text.strip();
    }

    private static <T> List<T> list(List<T> values) {
        return values == null ? List.of() : values.stream().filter(Objects::nonNull).toList();
    }
}
