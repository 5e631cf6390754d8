package org.coplan.process.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class Sen2CsvTest {

    @Test
    void cellsASpreadsheetWouldReadAsAFormulaGetALeadingApostrophe() {
        assertThat(Sen2Export.cell("=HYPERLINK(\"http://x\")")).isEqualTo("'=HYPERLINK(\"http://x\")");
        assertThat(Sen2Export.cell("+44")).isEqualTo("'+44");
        assertThat(Sen2Export.cell("-1")).isEqualTo("'-1");
        assertThat(Sen2Export.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(Sen2Export.cell("\tx")).isEqualTo("'\tx");
        assertThat(Sen2Export.cell("O'Neill-Smith")).isEqualTo("O'Neill-Smith");
        assertThat(Sen2Export.cell(null)).isEmpty();
    }
}
