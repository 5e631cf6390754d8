package org.coplan.plans.document;

import java.time.LocalDate;
import java.util.List;

/**
 * A plan version as a reader sees it, ready to render as a page or a PDF: every section in
 * order, separately labelled, with who contributed to it. Rendering needs nothing else.
 *
 * @param title for example "Education, Health and Care plan" or "SEN support plan"
 * @param versionLabel for example "Version 2 (final)" or "Amendment 1 (draft)"
 * @param status DRAFT, PROPOSED, FINAL
 * @param date the date the version was issued or, for a draft, last changed
 */
public record PlanDocument(
        String serviceName,
        String operatorName,
        String title,
        String childName,
        LocalDate dateOfBirth,
        String versionLabel,
        String status,
        LocalDate date,
        List<Section> sections) {

    /**
     * One section of the plan.
     *
     * @param code for example "A", "B", "H1" for an EHC plan, or "ABOUT_ME" for SEN support
     * @param heading for example "Section A: the views, interests and aspirations of the child and their parents"
     * @param text the section's agreed text (plain text, paragraphs separated by blank lines); may be empty
     * @param items structured entries (outcomes in E, provision in F, G, H1, H2); may be empty
     * @param contributions who contributed to the section, oldest first
     * @param disagreements the disagreements recorded on this section of this version
     * @param quotes the family's and child's own words quoted in the section, each with who said them
     * @param coAuthors the co-producing family members named as co-authors of the section, in words
     *     ("Pat Parent (Parent or carer)")
     */
    public record Section(
            String code, String heading, String text, List<Item> items, List<Attribution> contributions,
            List<String> disagreements, List<Quote> quotes, List<String> coAuthors) {

        public Section(
                String code, String heading, String text, List<Item> items, List<Attribution> contributions,
                List<String> disagreements) {
            this(code, heading, text, items, contributions, disagreements, List.of(), List.of());
        }
    }

    /**
     * Words quoted exactly as someone said them.
     *
     * @param heading what the words answer ("What I like doing")
     * @param picked the pictures or face a child picked, in words, or null
     * @param saidBy who said them, in words ("Kit (Child or young person), with help from Mum")
     */
    public record Quote(String heading, String words, String picked, String saidBy) {}

    /** A structured entry: an outcome or a provision item, as label and value pairs in order. */
    public record Item(String title, List<Field> fields) {}

    public record Field(String label, String value) {}

    /**
     * A contribution's provenance.
     *
     * @param role the author's role on the case, in words ("Parent or carer")
     * @param kind the kind of evidence, in words ("Parent or carer view")
     * @param response what happened to it, in words ("Included", "Not included: reason")
     * @param answeredBy who answered it and their role on the case ("Sam Patel, EHC coordinator"),
     *     or null while it has no answer
     */
    public record Attribution(
            String authorName, String role, String kind, LocalDate date, String text, String response, String answeredBy) {}
}
