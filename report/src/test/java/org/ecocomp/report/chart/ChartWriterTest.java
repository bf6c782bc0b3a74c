package org.ecocomp.report.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knowm.xchart.XYChart;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

class ChartWriterTest {

    @TempDir
    Path dir;

    private static XYChart chart() {
        XYChart chart = ChartTheme.forLanguage(Language.EN, List.of())
                .xyChart(300, 200, "Flow & <load>", "x", "y");
        chart.addSeries("s", new double[] {1, 2, 3}, new double[] {2, 1, 3});
        return chart;
    }

    /** Parses an SVG without fetching its DTD from the network. */
    static Document parseSvg(byte[] svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg));
    }

    @Test
    void writesAPngAndAnSvgNamedAfterTheStem() throws IOException {
        List<Path> files = ChartWriter.write(chart(), dir.resolve("new"), "flow");
        assertEquals(List.of(dir.resolve("new/flow.png"), dir.resolve("new/flow.svg")), files);
    }

    @Test
    void thePngIs300DpiAndSizedFromPoints() throws IOException {
        Path png = ChartWriter.write(chart(), dir, "flow").getFirst();
        try (ImageInputStream in = ImageIO.createImageInputStream(png.toFile())) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            reader.setInput(in);
            assertEquals(300 * 300 / 72, reader.getWidth(0));
            assertEquals(200 * 300 / 72, reader.getHeight(0));
            Node phys = child(reader.getImageMetadata(0).getAsTree("javax_imageio_png_1.0"), "pHYs");
            // 300 dots per inch = 300 / 0.0254 m ≈ 11811 pixels per metre
            assertEquals("11811", attribute(phys, "pixelsPerUnitXAxis"));
            assertEquals("11811", attribute(phys, "pixelsPerUnitYAxis"));
            assertEquals("meter", attribute(phys, "unitSpecifier"));
        }
    }

    @Test
    void theSvgIsWellFormedAndCarriesTheTitleAsText() throws Exception {
        Path svg = ChartWriter.write(chart(), dir, "flow").getLast();
        Element root = parseSvg(Files.readAllBytes(svg)).getDocumentElement();
        assertEquals("svg", root.getLocalName());
        assertEquals("Flow & <load>", root.getElementsByTagName("title").item(0).getTextContent());
    }

    @Test
    void theSameChartGivesTheSameBytes() throws IOException {
        List<Path> first = ChartWriter.write(chart(), dir.resolve("a"), "flow");
        List<Path> second = ChartWriter.write(chart(), dir.resolve("b"), "flow");
        for (int i = 0; i < 2; i++) {
            assertArrayEquals(Files.readAllBytes(first.get(i)), Files.readAllBytes(second.get(i)),
                    first.get(i).toString());
        }
    }

    @Test
    void replacesALongerOldFileCompletely() throws IOException {
        byte[] fresh = Files.readAllBytes(ChartWriter.write(chart(), dir.resolve("fresh"), "flow").getFirst());
        Files.write(dir.resolve("flow.png"), new byte[fresh.length * 3]);
        Path png = ChartWriter.write(chart(), dir, "flow").getFirst();
        assertArrayEquals(fresh, Files.readAllBytes(png));
    }

    @Test
    void refusesAStemThatIsAPath() {
        assertThrows(IllegalArgumentException.class, () -> ChartWriter.write(chart(), dir, "../flow"));
        assertThrows(IllegalArgumentException.class, () -> ChartWriter.write(chart(), dir, ""));
    }

    private static Node child(Node parent, String name) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeName().equals(name)) {
                return n;
            }
        }
        throw new AssertionError("no " + name + " in " + parent.getNodeName());
    }

    private static String attribute(Node node, String name) {
        return node.getAttributes().getNamedItem(name).getNodeValue();
    }
}
