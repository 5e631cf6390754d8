package org.coplan.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.coplan.support.IntegrationTest;
import org.coplan.support.Visitor.Page;
import org.junit.jupiter.api.Test;

/** Every page's footer says where the source code is, as the GNU AGPL (section 13) asks of a network service. */
class SourceCodeLinkTest extends IntegrationTest {

    @Test
    void everyPageFooterLinksToTheSourceCode() {
        for (String path : new String[] {"/", "/sign-in", "/accessibility", "/help/glossary", "/help/source-code"}) {
            Page page = visitor().get(path);

            assertThat(page.body()).as(path).containsPattern("<a class=\"govuk-footer__link\" href=\"/help/source-code\">Source code</a>");
        }
    }

    @Test
    void sourceCodePageSaysHowToHaveTheCodeWithoutSigningIn() {
        Page page = visitor().get("/help/source-code");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text())
                .contains("Coplan is free software. You may use, study, change and share it under the GNU Affero General Public License")
                .contains("You can have the source code of the version this service runs, at no charge. Demo County Council runs this service: ask them at send@demo-county.example");
    }
}
