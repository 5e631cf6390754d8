package org.coplan.plans;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDTableAttributeObject;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.coplan.plans.document.PlanDocument;
import org.coplan.plans.internal.PlanPdf;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** A plan version as a PDF that a screen reader can navigate and anyone can print. */
class PlanPdfTest {

    static final PlanPdf pdf = PlanDocuments.planPdf();
    static byte[] ehcPlan;

    @BeforeAll
    static void renderTheFullEhcPlanOnce() {
        ehcPlan = pdf.render(PlanDocuments.anEhcPlan());
    }

    @Test
    void everySectionHeadingAppearsInOrderFromAToK() throws IOException {
        String text = text(ehcPlan);
        int previous = -1;
        for (String heading : PlanDocuments.EHC_HEADINGS) {
            int at = text.indexOf(heading);
            assertThat(at).as(heading).isGreaterThan(previous);
            previous = at;
        }
        assertThat(text).contains("Education, Health and Care plan for Amira Okafor", "12 April 2016", "Version 2 (final)");
    }

    @Test
    void everyContributorIsNamedWithTheirRoleKindDateAndTheResponse() throws IOException {
        String text = text(ehcPlan);
        assertThat(text)
                .contains("Contributed by Sam Okafor (Parent or carer), Parent or carer view, 20 January 2025")
                .contains("Contributed by Dr Priya Shah (Educational psychologist), Educational psychology advice, 3 February 2025")
                .contains("Response: " + PlanDocuments.PARENT_RESPONSE)
                .contains("Response: " + PlanDocuments.PSYCHOLOGIST_RESPONSE)
                .contains("Answered by Sam Patel, EHC coordinator")
                .contains("She would like more time in the art room.");
    }

    @Test
    void outcomesAndProvisionAreTablesWithRowHeaders() throws IOException {
        String text = text(ehcPlan);
        assertThat(text).contains("Outcome 1: communicating with friends", "Provision F4: speech and language therapy",
                "How often and for how long", "Fortnightly sessions of 45 minutes");
        try (PDDocument doc = Loader.loadPDF(ehcPlan)) {
            List<PDStructureElement> headers = elements(doc).stream().filter(e -> e.getStructureType().equals("TH")).toList();
            assertThat(headers).isNotEmpty();
            assertThat(headers).allSatisfy(th -> assertThat(scopes(th)).containsExactly(PDTableAttributeObject.SCOPE_ROW));
        }
    }

    @Test
    void disagreementsAreListedWithTheirSection() throws IOException {
        String text = text(ehcPlan);
        int disagreements = text.indexOf("Disagreements recorded on this section");
        assertThat(disagreements).isGreaterThan(text.indexOf("Section F: Special educational provision"));
        assertThat(disagreements).isLessThan(text.indexOf("Section G: Health provision"));
        assertThat(text).contains("would like the speech and language therapy to be weekly, not fortnightly.");
    }

    @Test
    void pdfIsTaggedWithALanguageATitleAndAStructureOfHeadingsTablesAndLists() throws IOException {
        try (PDDocument doc = Loader.loadPDF(ehcPlan)) {
            PDDocumentCatalog catalog = doc.getDocumentCatalog();
            assertThat(catalog.getStructureTreeRoot()).isNotNull();
            assertThat(catalog.getMarkInfo()).isNotNull();
            assertThat(catalog.getMarkInfo().isMarked()).isTrue();
            assertThat(catalog.getLanguage()).isEqualTo("en-GB");
            assertThat(doc.getDocumentInformation().getTitle()).isEqualTo("Education, Health and Care plan for Amira Okafor");
            assertThat(catalog.getViewerPreferences().displayDocTitle()).isTrue();
            assertThat(catalog.getMetadata()).isNotNull();
            assertThat(catalog.getDocumentOutline()).isNotNull();
            assertThat(catalog.getDocumentOutline().children()).hasSize(PlanDocuments.EHC_HEADINGS.size());

            Set<String> types = new HashSet<>();
            elements(doc).forEach(e -> types.add(e.getStructureType()));
            assertThat(types).contains("Document", "H1", "H2", "H3", "P", "Sect", "Table", "TR", "TH", "TD", "L", "LI");
        }
    }

    @Test
    void everyFontIsLiberationSansAndEmbedded() throws IOException {
        try (PDDocument doc = Loader.loadPDF(ehcPlan)) {
            List<PDFont> fonts = new ArrayList<>();
            for (PDPage page : doc.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    fonts.add(resources.getFont(name));
                }
            }
            assertThat(fonts).isNotEmpty();
            assertThat(fonts).allSatisfy(font -> {
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                assertThat(font.getName()).contains("LiberationSans");
                assertThat(font).isInstanceOf(PDType0Font.class);
            });
            assertThat(fonts).anySatisfy(font -> assertThat(font.getName()).contains("LiberationSans-Bold"));
        }
    }

    @Test
    void everyPageSaysPageXOfYAndWhichPlanAndVersionItIs() throws IOException {
        try (PDDocument doc = Loader.loadPDF(ehcPlan)) {
            int pages = doc.getNumberOfPages();
            assertThat(pages).isGreaterThan(1);
            for (int page = 1; page <= pages; page++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String text = stripper.getText(doc).replaceAll("\\s+", " ");
                assertThat(text).as("page %d", page)
                        .contains("Page " + page + " of " + pages)
                        .contains("Education, Health and Care plan for Amira Okafor – Version 2 (final)");
            }
        }
    }

    @Test
    void textThatLooksLikeMarkupIsPrintedAsWritten() throws IOException {
        String written = "Use <b>bold</b> & <script>alert(\"hi\")</script> 'quoted' </p></section></html>";
        PlanDocument plan = PlanDocuments.withSectionText(PlanDocuments.anEhcPlan(), "A", written);

        String text = text(pdf.render(plan));

        assertThat(text).contains(written);
        assertThat(pdf.xhtml(plan)).doesNotContain("<b>bold</b>").contains("&lt;b&gt;bold&lt;/b&gt; &amp; &lt;script&gt;");
    }

    @Test
    void charactersThatXmlCannotHoldAreLeftOutRatherThanStoppingThePdf() throws IOException {
        PlanDocument plan = PlanDocuments.withSectionText(PlanDocuments.anEhcPlan(), "B", "Pasted\u0000 from\u000B a\u0007 form\uFFFF.");

        assertThat(text(pdf.render(plan))).contains("Pasted from a form.");
    }

    @Test
    void blankLinesSeparateParagraphsAndSingleLineBreaksStay() {
        PlanDocument plan = PlanDocuments.withSectionText(PlanDocuments.anEhcPlan(), "C",
                "First paragraph.\r\n\r\n  \nSecond paragraph,\nsecond line.\n\n\n");

        String xhtml = pdf.xhtml(plan);

        assertThat(xhtml).contains(">First paragraph.</p>").contains(">Second paragraph,\nsecond line.</p>");
    }

    @Test
    void aSectionWithNothingWrittenSaysSo() throws IOException {
        PlanDocument plan = PlanDocuments.withSectionText(PlanDocuments.anEhcPlan(), "J", "  ");

        assertThat(text(pdf.render(plan))).contains("Section J: Personal budget Nothing has been written in this section yet.");
    }

    @Test
    void wordsWithLettersThatFontsJoinAreReadBackWhole() throws IOException {
        String written = "The office staff find it difficult to fly; Amira's flat efficient workflow.";
        PlanDocument plan = PlanDocuments.withSectionText(PlanDocuments.anEhcPlan(), "D", written);

        assertThat(text(pdf.render(plan))).contains(written);
    }

    @Test
    void htmlFragmentIsOneArticleWithTheSameWordsForAPage() {
        PlanDocument plan = PlanDocuments.withSectionText(PlanDocuments.anEhcPlan(), "A", "Fish & <chips>");

        String html = pdf.htmlFragment(plan);

        assertThat(html).startsWith("<article class=\"coplan-plan\">").endsWith("</article>")
                .doesNotContain("<html", "<head", "<style", "<body")
                .contains("<h1 class=\"govuk-heading-xl\">Education, Health and Care plan for Amira Okafor</h1>")
                .contains("<section id=\"section-H1\" class=\"coplan-plan__section\">")
                .contains("<th scope=\"row\" class=\"govuk-table__header\">How often and for how long</th>")
                .contains("Fish &amp; &lt;chips&gt;")
                .contains("Contributed by Dr Priya Shah (Educational psychologist), Educational psychology advice, 3 February 2025");
    }

    @Test
    void veraPdfFindsFaultsInAnUntaggedPdf() throws Exception {
        byte[] untagged;
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage());
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            doc.save(out);
            untagged = out.toByteArray();
        }
        assertThat(failures(untagged, PDFAFlavour.PDFUA_1)).isNotEmpty();
    }

    @Test
    void pdfMeetsPdfUa1AccordingToVeraPdf() throws Exception {
        assertThat(failures(ehcPlan, PDFAFlavour.PDFUA_1)).isEmpty();
    }

    @Test
    void pdfMeetsPdfA2aAccordingToVeraPdf() throws Exception {
        assertThat(failures(ehcPlan, PDFAFlavour.PDFA_2_A)).isEmpty();
    }

    static String text(byte[] pdfBytes) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdfBytes)) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    static List<String> scopes(PDStructureElement element) {
        List<String> scopes = new ArrayList<>();
        for (int i = 0; i < element.getAttributes().size(); i++) {
            if (element.getAttributes().getObject(i) instanceof PDTableAttributeObject table) {
                scopes.add(table.getScope());
            }
        }
        return scopes;
    }

    static List<PDStructureElement> elements(PDDocument doc) {
        List<PDStructureElement> found = new ArrayList<>();
        collect(doc.getDocumentCatalog().getStructureTreeRoot(), found);
        return found;
    }

    private static void collect(PDStructureNode node, List<PDStructureElement> found) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement element) {
                found.add(element);
                collect(element, found);
            }
        }
    }

    static List<String> failures(byte[] pdfBytes, PDFAFlavour flavour) throws Exception {
        VeraGreenfieldFoundryProvider.initialise();
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdfBytes), flavour);
                PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
            ValidationResult result = validator.validate(parser);
            List<String> failures = result.getTestAssertions().stream()
                    .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                    .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + " " + a.getMessage()
                            + " at " + a.getLocation().getContext())
                    .distinct()
                    .toList();
            assertThat(result.getTotalAssertions()).as("checks veraPDF ran").isPositive();
            if (failures.isEmpty()) {
                assertThat(result.isCompliant()).isTrue();
            }
            return failures;
        }
    }
}
