package org.coplan.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.coplan.plans.PlanDocuments;
import org.coplan.plans.document.PlanDocument;
import org.coplan.plans.internal.PlanPdf;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * How long a long EHC plan (about 40 pages) takes to render as a tagged PDF, and how much heap
 * it needs. Not part of the test suite: run {@code ./mvnw -Pbench test -Dtest=PlanPdfBench} on
 * an otherwise idle machine and read the figures it prints. It needs no database.
 *
 * <p>{@link #main} runs the same in a JVM of your choosing, for example to cap the heap or keep
 * the PDF to look at: arguments {@code [runs=10] [warm-ups=3] [scale=4] [file to write the PDF to]}.
 * The scale multiplies the text, outcomes, provision and contributions of every section.
 */
@Tag("bench")
class PlanPdfBench {

    static final int RUNS = 10;
    static final int WARM_UPS = 3;
    static final int SCALE = 4;

    @Test
    void rendersAFortyPageEhcPlan() throws IOException {
        int pages = run(RUNS, WARM_UPS, SCALE, null);
        assertThat(pages).as("pages in the long plan").isBetween(35, 50);
    }

    public static void main(String[] args) throws IOException {
        run(args.length > 0 ? Integer.parseInt(args[0]) : RUNS,
                args.length > 1 ? Integer.parseInt(args[1]) : WARM_UPS,
                args.length > 2 ? Integer.parseInt(args[2]) : SCALE,
                args.length > 3 ? Path.of(args[3]) : null);
    }

    static int run(int runs, int warmUps, int scale, Path keep) throws IOException {

        PlanPdf pdf = PlanDocuments.planPdf();
        PlanDocument plan = PlanDocuments.aLongEhcPlan(scale);

        byte[] bytes = pdf.render(plan);
        int pages;
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            pages = doc.getNumberOfPages();
        }
        if (keep != null) {
            Files.write(keep, bytes);
        }
        System.out.printf("plan: %d sections, scale %d, %d pages, %d KiB%n", plan.sections().size(), scale, pages, bytes.length / 1024);

        for (int i = 1; i < warmUps; i++) {
            pdf.render(plan);
        }
        System.gc();
        resetPeaks();
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        List<Double> millis = new ArrayList<>();
        List<Double> cpuMillis = new ArrayList<>();
        long allocated = 0;
        for (int i = 0; i < runs; i++) {
            long allocatedBefore = threads.getCurrentThreadAllocatedBytes();
            long cpuBefore = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            pdf.render(plan);
            millis.add((System.nanoTime() - start) / 1e6);
            cpuMillis.add((threads.getCurrentThreadCpuTime() - cpuBefore) / 1e6);
            allocated += threads.getCurrentThreadAllocatedBytes() - allocatedBefore;
        }
        Collections.sort(millis);
        Collections.sort(cpuMillis);
        System.out.printf("render over %d runs after %d warm-ups: median %.0f ms, p95 %.0f ms, min %.0f ms, max %.0f ms%n",
                runs, warmUps, percentile(millis, 50), percentile(millis, 95), millis.getFirst(), millis.getLast());
        System.out.printf("CPU time of the rendering thread: median %.0f ms, p95 %.0f ms (a busy machine inflates the times above, not these)%n",
                percentile(cpuMillis, 50), percentile(cpuMillis, 95));
        System.out.printf("allocated per render: %d MiB; peak heap in use during the runs: %d MiB (max heap %d MiB)%n",
                allocated / runs / (1024 * 1024), peakHeap() / (1024 * 1024), Runtime.getRuntime().maxMemory() / (1024 * 1024));
        return pages;
    }

    /** Nearest-rank percentile of sorted values. */
    static double percentile(List<Double> sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }

    private static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** The sum of each heap pool's peak: an upper bound on the heap in use at any one moment. */
    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed())
                .sum();
    }
}
