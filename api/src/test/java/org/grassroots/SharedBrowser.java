package org.grassroots;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * One headless Chromium per test JVM (Debian's {@code chromium} and
 * {@code chromium-driver}, which {@code ./grassroots test} installs), with what the
 * browser tests check on every page: accessibility by axe-core, screenshots at desktop
 * and phone width, the weight of the page's script.
 */
final class SharedBrowser {

	static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	static final Path DRIVER = Path.of("/usr/bin/chromedriver");

	/** Where screenshots go: the repository's {@code docs/screenshots}, for reviewers. */
	static final Path SCREENSHOTS = Path.of("..", "docs", "screenshots");

	static final Dimension DESKTOP = new Dimension(1280, 900);

	static final Dimension PHONE = new Dimension(390, 844);

	private static ChromeDriver driver;

	private SharedBrowser() {
	}

	static synchronized WebDriver driver() {
		if (driver == null) {
			if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(DRIVER)) {
				throw new IllegalStateException("The browser tests need Debian's chromium and chromium-driver ("
						+ CHROMIUM + ", " + DRIVER + "): ./grassroots test installs them");
			}
			try {
				Path profile = Files.createTempDirectory("grassroots-chromium");
				ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile())
					.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
							"--disable-quic", "--no-first-run", "--disable-background-networking",
							"--disable-component-update", "--disable-sync", "--lang=zh-CN",
							"--user-data-dir=" + profile);
				driver = new ChromeDriver(
						new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build(), options);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			driver.manage().window().setSize(DESKTOP);
			Runtime.getRuntime().addShutdownHook(new Thread(driver::quit));
		}
		return driver;
	}

	/** The serious and critical accessibility violations axe-core finds on the page. */
	static List<String> seriousViolations(WebDriver browser) {
		Results results = new AxeBuilder().analyze(browser);
		return results.getViolations()
			.stream()
			.filter((rule) -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
			.map(SharedBrowser::describe)
			.toList();
	}

	private static String describe(Rule rule) {
		return rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
				+ rule.getNodes().stream().map((node) -> String.valueOf(node.getTarget())).toList();
	}

	/**
	 * Saves the page as {@code <name>-desktop.png} and {@code <name>-phone.png}, each the
	 * whole page's height, and leaves the window at desktop size.
	 */
	static void screenshots(WebDriver browser, String name) {
		try {
			Files.createDirectories(SCREENSHOTS);
			for (var width : List.of(DESKTOP, PHONE)) {
				browser.manage().window().setSize(width);
				long height = ((Number) ((JavascriptExecutor) browser)
					.executeScript("return document.documentElement.scrollHeight")).longValue();
				browser.manage().window().setSize(new Dimension(width.getWidth(), (int) Math.min(height + 140, 6000)));
				byte[] png = ((ChromeDriver) browser).getScreenshotAs(OutputType.BYTES);
				Files.write(SCREENSHOTS.resolve(name + "-" + ((width == DESKTOP) ? "desktop" : "phone") + ".png"), png);
			}
			browser.manage().window().setSize(DESKTOP);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The addresses of the scripts the page loads. */
	@SuppressWarnings("unchecked")
	static List<String> scripts(WebDriver browser) {
		return (List<String>) ((JavascriptExecutor) browser)
			.executeScript("return [...document.scripts].map((s) => s.src || 'inline:' + s.textContent.length)");
	}

	static int gzipped(byte[] content) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
			gzip.write(content);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.size();
	}

}
