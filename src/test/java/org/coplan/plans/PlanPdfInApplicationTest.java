package org.coplan.plans;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.coplan.plans.internal.PlanPdf;
import org.coplan.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The application's own PlanPdf bean, on the template engine and messages Spring Boot sets up. */
class PlanPdfInApplicationTest extends IntegrationTest {

    @Autowired
    PlanPdf pdf;

    @Test
    void applicationRendersPlansWithItsOwnTemplatesAndMessages() throws IOException {
        String text = PlanPdfTest.text(pdf.render(PlanDocuments.anEhcPlan()));

        assertThat(text)
                .contains("Education, Health and Care plan for Amira Okafor")
                .contains("Section H1: Social care provision")
                .contains("Contributed by Sam Okafor (Parent or carer), Parent or carer view, 20 January 2025")
                .contains("Page 1 of ")
                .doesNotContain("??");
        assertThat(pdf.htmlFragment(PlanDocuments.anEhcPlan())).contains("Who contributed to this section").doesNotContain("??");
    }
}
