package org.coplan.plans;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.coplan.plans.document.PlanDocument;
import org.coplan.plans.document.PlanDocument.Attribution;
import org.coplan.plans.document.PlanDocument.Field;
import org.coplan.plans.document.PlanDocument.Item;
import org.coplan.plans.document.PlanDocument.Section;
import org.coplan.plans.internal.PlanPdf;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/** Plan documents for rendering tests and the PDF benchmark, and a renderer that needs no Spring context. */
public final class PlanDocuments {

    public static final String PARENT = "Sam Okafor";
    public static final String PARENT_ROLE = "Parent or carer";
    public static final String PSYCHOLOGIST = "Dr Priya Shah";
    public static final String PSYCHOLOGIST_ROLE = "Educational psychologist";
    public static final String PARENT_RESPONSE = "Included";
    public static final String ANSWERED_BY = "Sam Patel, EHC coordinator";
    public static final String PSYCHOLOGIST_RESPONSE = "Included in part: the advice on transport is for section H2";

    /** The headings of an EHC plan's sections, in the order of the SEND Regulations 2014. */
    public static final List<String> EHC_HEADINGS = List.of(
            "Section A: The views, interests and aspirations of the child and their parents",
            "Section B: Special educational needs",
            "Section C: Health needs related to special educational needs",
            "Section D: Social care needs related to special educational needs",
            "Section E: Outcomes",
            "Section F: Special educational provision",
            "Section G: Health provision",
            "Section H1: Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970",
            "Section H2: Other social care provision",
            "Section I: Placement",
            "Section J: Personal budget",
            "Section K: Advice and information");

    private static final List<String> EHC_CODES = List.of("A", "B", "C", "D", "E", "F", "G", "H1", "H2", "I", "J", "K");

    private PlanDocuments() {}

    /**
     * {@link PlanPdf} on a template engine set up as Spring Boot sets up the application's:
     * templates under {@code templates/}, messages from {@code messages.properties} in UTF-8,
     * always through {@code MessageFormat}.
     */
    public static PlanPdf planPdf() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        messages.setAlwaysUseMessageFormat(true);
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        engine.setTemplateEngineMessageSource(messages);
        return new PlanPdf(engine);
    }

    /** A final EHC plan with every section A to K, outcomes, provision, and views from a parent and a psychologist. */
    public static PlanDocument anEhcPlan() {
        List<Section> sections = new ArrayList<>();
        for (int i = 0; i < EHC_CODES.size(); i++) {
            sections.add(section(EHC_CODES.get(i), EHC_HEADINGS.get(i), 1));
        }
        return plan(sections);
    }

    /**
     * An EHC plan as long as a complicated real one: every section written at length, with
     * {@code scale} times the outcomes, provision items and contributions of {@link #anEhcPlan()}.
     */
    public static PlanDocument aLongEhcPlan(int scale) {
        List<Section> sections = new ArrayList<>();
        for (int i = 0; i < EHC_CODES.size(); i++) {
            sections.add(section(EHC_CODES.get(i), EHC_HEADINGS.get(i), scale));
        }
        return plan(sections);
    }

    public static PlanDocument withSectionText(PlanDocument plan, String code, String text) {
        return new PlanDocument(plan.serviceName(), plan.operatorName(), plan.title(), plan.childName(), plan.dateOfBirth(),
                plan.versionLabel(), plan.status(), plan.date(),
                plan.sections().stream()
                        .map(s -> s.code().equals(code)
                                ? new Section(s.code(), s.heading(), text, s.items(), s.contributions(), s.disagreements())
                                : s)
                        .toList());
    }

    private static PlanDocument plan(List<Section> sections) {
        return new PlanDocument("Coplan", "Demo County Council", "Education, Health and Care plan", "Amira Okafor",
                LocalDate.of(2016, 4, 12), "Version 2 (final)", "FINAL", LocalDate.of(2025, 3, 14), sections);
    }

    private static Section section(String code, String heading, int scale) {
        String text = String.join("\n\n", paragraphs(code, 2 * scale));
        List<Item> items = new ArrayList<>();
        if (code.equals("E")) {
            for (int n = 1; n <= 3 * scale; n++) {
                items.add(outcome(n));
            }
        }
        if (List.of("F", "G", "H1", "H2").contains(code)) {
            for (int n = 1; n <= (code.equals("F") ? 4 : 2) * scale; n++) {
                items.add(provision(code, n));
            }
        }
        List<Attribution> contributions = new ArrayList<>();
        for (int n = 0; n < scale; n++) {
            contributions.add(new Attribution(PARENT, PARENT_ROLE, "Parent or carer view", LocalDate.of(2025, 1, 20),
                    "Amira is happiest when she knows what is coming next. At home we use a picture timetable and"
                            + " she tells us about her day with it.\n\nShe would like more time in the art room.",
                    PARENT_RESPONSE, ANSWERED_BY));
            contributions.add(new Attribution(PSYCHOLOGIST, PSYCHOLOGIST_ROLE, "Educational psychology advice",
                    LocalDate.of(2025, 2, 3),
                    "Amira's verbal reasoning is a strength. Her processing speed means she needs extra time and"
                            + " information given in small steps, with visual prompts.",
                    PSYCHOLOGIST_RESPONSE, ANSWERED_BY));
        }
        List<String> disagreements = code.equals("F")
                ? List.of("Amira's parents would like the speech and language therapy to be weekly, not fortnightly.")
                : List.of();
        return new Section(code, heading, text, items, contributions, disagreements);
    }

    private static Item outcome(int n) {
        return new Item("Outcome " + n + ": communicating with friends", List.of(
                new Field("Outcome", "By the end of Year 6 Amira will start and keep up a conversation with a friend at"
                        + " break time on most days."),
                new Field("Steps towards it", "By the end of the autumn term Amira will ask a friend to join a game,"
                        + " with an adult nearby.\n\nBy Easter she will do this without a prompt."),
                new Field("Review date", "July 2025")));
    }

    private static Item provision(String code, int n) {
        return new Item("Provision " + code + n + ": speech and language therapy", List.of(
                new Field("Provision", "Direct speech and language therapy in a small group, focusing on"
                        + " conversation skills, with targets shared with class staff."),
                new Field("Who provides it", "Speech and language therapist from the NHS trust, with a trained teaching assistant"),
                new Field("How often and for how long", "Fortnightly sessions of 45 minutes, and 10 minutes of daily practice"),
                new Field("Outcomes it supports", "Outcome 1, outcome 2")));
    }

    private static List<String> paragraphs(String code, int count) {
        List<String> paragraphs = new ArrayList<>();
        for (int n = 1; n <= count; n++) {
            paragraphs.add("Paragraph " + n + " of section " + code + ". Amira is a friendly and curious ten-year-old"
                    + " who loves drawing, animals and stories about space. She learns best with visual support,"
                    + " clear routines and warning before changes. Her family and school agree that small-group"
                    + " work helps her take part, and that she does well when adults check she has understood"
                    + " instructions before she starts a task. She is proud of her drawings and likes to show them"
                    + " to adults she trusts.\nShe has said: \"I like it when I know what happens next.\"");
        }
        return paragraphs;
    }
}
