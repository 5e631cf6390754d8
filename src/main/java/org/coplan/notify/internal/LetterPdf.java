package org.coplan.notify.internal;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.coplan.notify.OutboundMessage;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * A letter as an accessible PDF: tagged (PDF/UA-1, and PDF/A-2a for keeping), A4, Liberation Sans
 * embedded, an sRGB output profile, the reader's address where a window envelope shows it and
 * Notify's precompiled letter service expects it, and the sender's address block. Plain words in
 * short paragraphs, 12 point text.
 */
@Component
public class LetterPdf {

    static final Locale LANGUAGE = Locale.forLanguageTag("en-GB");
    private static final String FONT_FAMILY = "Liberation Sans";
    private static final Pattern NOT_XML = Pattern.compile("[^\\x09\\x0A\\x0D\\x20-\\uD7FF\\uE000-\\uFFFD\\x{10000}-\\x{10FFFF}]");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", LANGUAGE);

    private final ITemplateEngine templates;
    private final List<String> from;
    private final String serviceName;
    private final byte[] regular;
    private final byte[] bold;
    private final byte[] srgb;

    LetterPdf(ITemplateEngine templates, @Value("${coplan.letters.from-address}") String from,
            @Value("${coplan.service-name}") String serviceName) {
        this.templates = templates;
        this.from = Arrays.stream(from.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        this.serviceName = serviceName;
        this.regular = font("liberation/LiberationSans-Regular.ttf");
        this.bold = font("liberation/LiberationSans-Bold.ttf");
        this.srgb = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
    }

    public byte[] render(OutboundMessage letter) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
        try (PDDocument pdf = new PDDocument()) {
            PdfRendererBuilder builder = new PdfRendererBuilder()
                    .usePDDocument(pdf)
                    .usePdfUaAccessibility(true)
                    .usePdfAConformance(PdfAConformance.PDFA_2_A)
                    .useColorProfile(srgb)
                    .useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
                    .useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI)
                    .withHtmlContent(xhtml(letter), null)
                    .toStream(out);
            builder.useFont(() -> new java.io.ByteArrayInputStream(regular), FONT_FAMILY, 400, FontStyle.NORMAL, true);
            builder.useFont(() -> new java.io.ByteArrayInputStream(bold), FONT_FAMILY, 700, FontStyle.NORMAL, true);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the letter as PDF", e);
        }
        return out.toByteArray();
    }

    /** The well-formed XHTML the letter is laid out from. */
    String xhtml(OutboundMessage letter) {
        Context context = new Context(LANGUAGE);
        context.setVariable("from", from);
        context.setVariable("serviceName", serviceName);
        context.setVariable("name", letter.recipientName());
        context.setVariable("address", letter.addressLines());
        context.setVariable("date", DATE.format(letter.createdAt().atZone(ZoneId.of("Europe/London"))));
        context.setVariable("subject", letter.subject());
        context.setVariable("paragraphs", Arrays.stream(letter.body().strip().split("\\R\\s*\\R")).map(String::strip).toList());
        return NOT_XML.matcher(templates.process("notify/letter", context)).replaceAll("");
    }

    private static byte[] font(String resource) {
        try (InputStream in = LetterPdf.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Font " + resource + " is not on the classpath (openpdf-fonts-extra)");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read font " + resource, e);
        }
    }
}
