package org.coplan.notify.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.coplan.notify.OutboundMessage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** A letter as a PDF that a screen reader can read and Royal Mail can deliver. */
class LetterPdfTest {

    static byte[] letter;
    static LetterPdf pdf;

    @BeforeAll
    static void renderOnce() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        pdf = new LetterPdf(engine, "SEND team|Demo County Council|County Hall|Demo Town|DT1 1AA", "Coplan");
        Instant at = Instant.parse("2026-11-23T10:00:00Z");
        letter = pdf.render(new OutboundMessage(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), "Maria Kowalska",
                OutboundMessage.Channel.LETTER, null, List.of("14 Mill Lane", "Demo Town", "DT2 3AB"),
                "Your contribution has an answer on Coplan",
                "Hello Maria Kowalska,\n\nPriya Shah has answered your contribution to a plan & <more>.\n\nSee the answer here:\n\nhttp://localhost/cases/1",
                OutboundMessage.Status.TO_PRINT, 0, null, null, null, null, at, at));
    }

    @Test
    void theLetterHasTheAddressTheSenderTheDateAndTheWordsAsWritten() throws Exception {
        try (PDDocument doc = Loader.loadPDF(letter)) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(text).contains("Maria Kowalska 14 Mill Lane Demo Town DT2 3AB", "SEND team Demo County Council County Hall",
                    "23 November 2026", "Your contribution has an answer on Coplan",
                    "Priya Shah has answered your contribution to a plan & <more>.");
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            assertThat(doc.getDocumentInformation().getTitle()).isEqualTo("Your contribution has an answer on Coplan");
            assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("en-GB");
        }
    }

    @Test
    void aLongLetterGoesOnToANewPageWithNothingLost() throws Exception {
        Instant at = Instant.parse("2026-11-23T10:00:00Z");
        String body = "Hello Maria Kowalska,\n\n" + "This paragraph says what happened, in plain words. ".repeat(20).strip()
                + "\n\n" + String.join("\n\n", java.util.Collections.nCopies(12, "Another paragraph of the letter.")) + "\n\nThe last words.";
        byte[] long_ = pdf.render(new OutboundMessage(UUID.randomUUID(), null, null, "Maria Kowalska", OutboundMessage.Channel.LETTER,
                null, List.of("14 Mill Lane", "DT2 3AB"), "About your plan", body, OutboundMessage.Status.TO_PRINT, 0, null, null, null,
                null, at, at));
        try (PDDocument doc = Loader.loadPDF(long_)) {
            assertThat(doc.getNumberOfPages()).isGreaterThan(1);
            assertThat(new PDFTextStripper().getText(doc)).contains("The last words.");
        }
    }

    @Test
    void theLetterMeetsPdfUa1AccordingToVeraPdf() throws Exception {
        assertThat(failures(letter, PDFAFlavour.PDFUA_1)).isEmpty();
    }

    @Test
    void theLetterMeetsPdfA2aAccordingToVeraPdf() throws Exception {
        assertThat(failures(letter, PDFAFlavour.PDFA_2_A)).isEmpty();
    }

    static List<String> failures(byte[] pdfBytes, PDFAFlavour flavour) throws Exception {
        VeraGreenfieldFoundryProvider.initialise();
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdfBytes), flavour);
                PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
            ValidationResult result = validator.validate(parser);
            assertThat(result.getTotalAssertions()).as("checks veraPDF ran").isPositive();
            return result.getTestAssertions().stream()
                    .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                    .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + " " + a.getMessage())
                    .distinct()
                    .toList();
        }
    }
}
