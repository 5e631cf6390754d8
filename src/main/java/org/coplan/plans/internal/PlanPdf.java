package org.coplan.plans.internal;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.coplan.plans.document.PlanDocument;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Renders a plan version for reading away from the service: as an accessible PDF, or as an HTML
 * fragment that prints well.
 *
 * <p>The PDF is tagged to PDF/UA-1 (headings, tables with header cells, lists, a language and a
 * title), archivable as PDF/A-2a, with Liberation Sans embedded, bookmarks for the sections, and
 * the page number and version in a running footer.
 *
 * <p>The words come from the Thymeleaf template {@code plans/pdf}, which wraps the page fragment
 * {@code plans/document :: plan}, so the PDF and the printable page say the same thing. Plan
 * text is user input: the template writes it with {@code th:text}, which escapes markup, and
 * characters that XML cannot carry are removed before layout.
 */
@Component
public class PlanPdf {

    /** Plans are written in British English; the PDF's language and dates follow it. */
    public static final Locale LANGUAGE = Locale.forLanguageTag("en-GB");

    static final String FONT_FAMILY = "Liberation Sans";

    /** Everything XML 1.0 cannot hold: C0 controls other than tab and line breaks, lone surrogates, U+FFFE and U+FFFF. */
    private static final Pattern NOT_XML = Pattern.compile("[^\\x09\\x0A\\x0D\\x20-\\uD7FF\\uE000-\\uFFFD\\x{10000}-\\x{10FFFF}]");

    private static final List<Font> FONTS = List.of(
            new Font("liberation/LiberationSans-Regular.ttf", 400, FontStyle.NORMAL),
            new Font("liberation/LiberationSans-Bold.ttf", 700, FontStyle.NORMAL),
            new Font("liberation/LiberationSans-Italic.ttf", 400, FontStyle.ITALIC),
            new Font("liberation/LiberationSans-BoldItalic.ttf", 700, FontStyle.ITALIC));

    private final ITemplateEngine templates;
    private final List<LoadedFont> fonts;
    private final byte[] srgb;

    public PlanPdf(ITemplateEngine templates) {
        RendererLogging.install();
        this.templates = templates;
        this.fonts = FONTS.stream().map(Font::load).toList();
        this.srgb = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
    }

    /** The plan as a tagged PDF (PDF/UA-1 and PDF/A-2a), A4. */
    public byte[] render(PlanDocument doc) {
        String xhtml = xhtml(doc);
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try (PDDocument pdf = new PDDocument()) {
            PdfRendererBuilder builder = new PdfRendererBuilder()
                    .usePDDocument(pdf)
                    .usePdfUaAccessibility(true)
                    .usePdfAConformance(PdfAConformance.PDFA_2_A)
                    .useColorProfile(srgb)
                    // Nothing outside the document itself is ever loaded: no images, style sheets or fonts by URL.
                    .useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
                    .useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI)
                    .withHtmlContent(xhtml, null)
                    .toStream(out);
            for (LoadedFont font : fonts) {
                builder.useFont(new FontWithoutSubstitutions(pdf, font.bytes()), FONT_FAMILY, font.weight(), font.style(), true);
            }
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the plan as PDF", e);
        }
        return out.toByteArray();
    }

    /** The well-formed XHTML document the PDF is laid out from. */
    public String xhtml(PlanDocument doc) {
        return NOT_XML.matcher(templates.process("plans/pdf", context(doc))).replaceAll("");
    }

    /**
     * The plan as one {@code <article>} of semantic HTML with GOV.UK Frontend classes, to put in a
     * page or an email; it prints well with the service's style sheet. A Thymeleaf page can
     * include it directly instead: {@code ~{plans/document :: plan(${plan})}} with
     * {@code plan = PrintablePlan.of(doc)}.
     */
    public String htmlFragment(PlanDocument doc) {
        return NOT_XML.matcher(templates.process("plans/document", Set.of("plan"), context(doc))).replaceAll("").strip();
    }

    private static Context context(PlanDocument doc) {
        Context context = new Context(LANGUAGE);
        context.setVariable("plan", PrintablePlan.of(doc));
        return context;
    }

    private record Font(String resource, int weight, FontStyle style) {
        LoadedFont load() {
            try (InputStream in = PlanPdf.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("Font " + resource + " is not on the classpath (openpdf-fonts-extra)");
                }
                return new LoadedFont(in.readAllBytes(), weight, style);
            } catch (IOException e) {
                throw new UncheckedIOException("Could not read font " + resource, e);
            }
        }
    }

    private record LoadedFont(byte[] bytes, int weight, FontStyle style) {}

    /**
     * A font loaded into the document only when the text uses it, with glyph substitution (the
     * font's GSUB table) turned off. Latin text needs no substitution to look right, and PDFBox
     * 3.0 applies it by compiling regular expressions for every string drawn: with it on, a
     * 48-page plan took four times the CPU time and ten times the memory to render (see
     * bench/README.md). Without it every glyph is one character, which keeps the text layer that
     * screen readers and copy and paste use simple.
     */
    private static final class FontWithoutSubstitutions extends PDFontSupplier {
        private final PDDocument pdf;
        private final byte[] bytes;
        private PDFont font;

        FontWithoutSubstitutions(PDDocument pdf, byte[] bytes) {
            super(null);
            this.pdf = pdf;
            this.bytes = bytes;
        }

        @Override
        public PDFont supply() {
            if (font == null) {
                try {
                    TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(bytes));
                    ttf.setEnableGsub(false);
                    font = PDType0Font.load(pdf, ttf, true);
                } catch (IOException e) {
                    throw new UncheckedIOException("Could not load the PDF font", e);
                }
            }
            return font;
        }
    }
}
