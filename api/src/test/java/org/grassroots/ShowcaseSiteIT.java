package org.grassroots;

import java.time.Duration;
import java.util.List;

import org.grassroots.api.paging.GlobalId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.graphql.client.ClientGraphQlResponse;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.grassroots.StaffFixture.ok;

/**
 * The public showcase site in a real headless Chromium against the real stores: what a
 * visitor does on a phone or a desk, every page checked by axe-core, photographed at both
 * widths and weighed.
 */
class ShowcaseSiteIT extends StaffIntegrationTest {

	private static final String LIGHTS = "pengjiang-nancun-solar-street-lights";

	/** In the order other tests publish them too: first publication times stay in it. */
	private static final List<String> PUBLISHED = List.of(LIGHTS, "xinhui-luokeng-xiqili-fishpond-railing",
			"xinhui-luokeng-yuelong-steel-railing", "heshan-lvyin-plant-road-lights",
			"taishan-sijiu-huanshan-road-phase-2");

	private WebDriver browser;

	private WebDriverWait wait;

	@BeforeEach
	void publishDemoStoriesAndOpenTheBrowser() {
		for (String caseKey : PUBLISHED) {
			ok(this.staff.admin()
				.document(
						"mutation($id: ID!) { publishCase(input: {caseId: $id, overrideReason: \"demo\"}) { article { slug } } }")
				.variable("id", GlobalId.of("Case", caseKey))
				.executeSync());
		}
		searchUntil("{ searchArticles(query: \"护栏\", first: 10) { hits { article { slug } } } }",
				(response) -> all(response, "searchArticles.hits").size() >= 2);
		this.browser = SharedBrowser.driver();
		// Views re-render as answers arrive: an element read a moment ago may be gone
		this.wait = new WebDriverWait(this.browser, Duration.ofSeconds(10));
		this.wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
	}

	@Test
	void aVisitorTypesPinyinAndFindsTheStreetLightStoryWithItsFactsAndTimeline() {
		open("/");
		checked("home");
		WebElement box = this.browser.findElement(By.id("q"));
		box.sendKeys("ludeng");
		this.wait.until(ExpectedConditions
			.visibilityOfElementLocated(By.xpath("//ul[@id='suggestions']/li[contains(., '南村村加装22盏太阳能路灯')]")));
		assertThat(box.getAttribute("aria-expanded")).isEqualTo("true");
		checked("suggestions");

		box.sendKeys(Keys.ENTER);
		this.wait.until(ExpectedConditions.titleContains("ludeng"));
		assertThat(links(".hits h2 a")).contains("/articles/" + LIGHTS);
		checked("results");

		this.browser.findElement(By.cssSelector(".hits a[href='/articles/" + LIGHTS + "']")).click();
		this.wait.until(ExpectedConditions.titleContains("南村村"));
		assertThat(text("h1")).isEqualTo("南村村加装22盏太阳能路灯");
		assertThat(text(".facts")).contains("民生微实事", "已办结", "南村村", "荷塘镇人大代表中心联络站", "网格");
		assertThat(this.browser.findElements(By.cssSelector(".timeline li"))).isNotEmpty();
		assertThat(text(".timeline")).contains("群众反映");
		checked("article");
	}

	@Test
	void aVisitorSearchingRailingsInPinyinFollowsARelatedStoryAndSeesWhy() {
		open("/?q=hulan");
		assertThat(links(".hits h2 a")).contains("/articles/xinhui-luokeng-xiqili-fishpond-railing");

		this.browser.findElement(By.cssSelector(".hits a[href='/articles/xinhui-luokeng-xiqili-fishpond-railing']"))
			.click();
		this.wait.until(ExpectedConditions.titleContains("西岐里"));
		WebElement first = this.browser.findElement(By.cssSelector(".related li"));
		assertThat(first.getText()).contains("罗坑小组至跃龙小组增设不锈钢护栏", "同一联络站");
		checked("article-related");

		first.findElement(By.tagName("a")).click();
		this.wait.until(ExpectedConditions.titleContains("跃龙"));
		assertThat(this.browser.getCurrentUrl()).endsWith("/articles/xinhui-luokeng-yuelong-steel-railing");
		assertThat(text("h1")).isEqualTo("罗坑小组至跃龙小组增设不锈钢护栏");
	}

	@Test
	void choosingASuggestedHeadlineOpensItsStory() {
		open("/");
		WebElement box = this.browser.findElement(By.id("q"));
		box.sendKeys("nancun");
		this.wait.until(ExpectedConditions
			.visibilityOfElementLocated(By.xpath("//ul[@id='suggestions']/li[contains(., '南村村加装')]")));
		List<WebElement> options = this.browser.findElements(By.cssSelector("#suggestions li"));
		int index = 0;
		while (!options.get(index).getText().contains("南村村加装")) {
			index++;
		}
		for (int i = 0; i <= index; i++) {
			box.sendKeys(Keys.ARROW_DOWN);
		}
		assertThat(options.get(index).getAttribute("aria-selected")).isEqualTo("true");
		box.sendKeys(Keys.ENTER);

		this.wait.until(ExpectedConditions.urlContains("/articles/" + LIGHTS));
	}

	@Test
	void aTownFacetNarrowsTheResultsAndSaysItIsChosen() {
		open("/?q=路灯");
		assertThat(links(".hits h2 a")).contains("/articles/" + LIGHTS, "/articles/heshan-lvyin-plant-road-lights");

		this.browser.findElement(By.xpath("//aside//a[contains(., '荷塘镇')]")).click();
		this.wait.until(ExpectedConditions.urlContains("town=jm-pengjiang-hetang"));

		assertThat(links(".hits h2 a")).containsExactly("/articles/" + LIGHTS);
		assertThat(this.browser.findElement(By.xpath("//aside//a[contains(., '荷塘镇')]")).getAttribute("aria-current"))
			.isEqualTo("true");
		assertThat(this.browser.findElements(By.cssSelector(".hits mark"))).isNotEmpty();
		checked("results-facet");
	}

	@Test
	void aDistrictPageListsItsStoriesNewestFirst() {
		open("/");
		this.browser.findElement(By.xpath("//nav//a[.='蓬江区']")).click();
		this.wait.until(ExpectedConditions.titleContains("蓬江区"));

		assertThat(links(".cards h3 a")).contains("/articles/" + LIGHTS)
			.doesNotContain("/articles/heshan-lvyin-plant-road-lights");
		checked("district");
	}

	@Test
	void aTakenDownStoryLeavesThePagesAndTheResultsWithinTwoSeconds() {
		String caseKey = (String) this.staff.caseIn(StaffFixture.NANCUN, "MICRO_PROJECT").get("key");
		ok(this.staff.admin()
			.document(
					"mutation($id: ID!) { publishCase(input: {caseId: $id, overrideReason: \"demo\"}) { article { slug } } }")
			.variable("id", GlobalId.of("Case", caseKey))
			.executeSync());
		ClientGraphQlResponse story = ok(this.staff.admin()
			.document("query($id: ID!) { editorialArticle(id: $id) { publicSlug revision { title } } }")
			.variable("id", GlobalId.of("Article", "article-" + caseKey))
			.executeSync());
		String slug = story.field("editorialArticle.publicSlug").toEntity(String.class);
		String title = story.field("editorialArticle.revision.title").toEntity(String.class);
		String results = "/?q=" + title;
		this.wait.withTimeout(Duration.ofSeconds(15)).until((browser) -> {
			open(results);
			return links(".hits h2 a").contains("/articles/" + slug);
		});

		this.staff.unpublishStoryOf(caseKey);
		long started = System.nanoTime();

		ResponseEntity<String> page = this.http.get()
			.uri("/articles/" + slug)
			.retrieve()
			.onStatus((status) -> true, (request, response) -> {
			})
			.toEntity(String.class);
		assertThat(page.getStatusCode().value()).isEqualTo(404);
		assertThat(page.getBody()).contains("找不到这个页面").doesNotContain(title);
		this.wait.withTimeout(Duration.ofSeconds(2)).pollingEvery(Duration.ofMillis(100)).until((browser) -> {
			open(results);
			return !links(".hits h2 a").contains("/articles/" + slug);
		});
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
	}

	@Test
	void badInputAndMissingStoriesGetAPageThatSaysWhy() {
		open("/?q=路灯&year=last");
		assertThat(text("h1")).isEqualTo("这个请求看不懂");
		assertThat(text("main")).contains("year must be a number");

		open("/articles/no-such-story");
		assertThat(text("h1")).isEqualTo("找不到这个页面");
		checked("not-found");

		ResponseEntity<String> town = this.http.get()
			.uri("/districts/jm-pengjiang-hetang")
			.retrieve()
			.onStatus((status) -> true, (request, response) -> {
			})
			.toEntity(String.class);
		assertThat(town.getStatusCode().value()).as("a town is no district").isEqualTo(404);
	}

	@Test
	void publicPagesLoadUnder100KilobytesOfScriptAndOnlyTheSitesOwn() {
		for (String path : List.of("/", "/?q=路灯", "/articles/" + LIGHTS, "/districts/jm-pengjiang")) {
			open(path);
			List<String> scripts = SharedBrowser.scripts(this.browser);
			assertThat(scripts).as(path).allSatisfy((src) -> assertThat(src).startsWith(base() + "/site/"));
			int bytes = scripts.stream()
				.mapToInt((src) -> SharedBrowser.gzipped(this.http.get().uri(src).retrieve().body(byte[].class)))
				.sum();
			assertThat(bytes).as(path + " script, gzip").isLessThan(100 * 1024);
		}
		ResponseEntity<String> home = this.http.get().uri("/").retrieve().toEntity(String.class);
		assertThat(home.getHeaders().getFirst("Content-Security-Policy")).contains("script-src 'self'");
		assertThat(home.getHeaders().getCacheControl()).contains("no-store");
	}

	private void open(String path) {
		this.browser.get(base() + path);
	}

	private String base() {
		return "http://127.0.0.1:" + this.port;
	}

	private String text(String css) {
		return this.browser.findElement(By.cssSelector(css)).getText();
	}

	private List<String> links(String css) {
		return this.browser.findElements(By.cssSelector(css))
			.stream()
			.map((link) -> link.getAttribute("href").replace(base(), ""))
			.toList();
	}

	/** No serious or critical accessibility violation, and a picture at both widths. */
	private void checked(String page) {
		assertThat(SharedBrowser.seriousViolations(this.browser)).as(page).isEmpty();
		SharedBrowser.screenshots(this.browser, "site-" + page);
	}

}
