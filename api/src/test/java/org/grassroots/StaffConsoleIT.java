package org.grassroots;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The staff console in a real headless Chromium against the real stores: each role's
 * journey through the same API and rules as every other client, every view checked by
 * axe-core and photographed at both widths.
 */
class StaffConsoleIT extends StaffIntegrationTest {

	private WebDriver browser;

	private WebDriverWait wait;

	@BeforeEach
	void openTheBrowser() {
		this.browser = SharedBrowser.driver();
		this.wait = new WebDriverWait(this.browser, Duration.ofSeconds(10));
		// Each test signs in afresh: nothing of an earlier account stays in the tab
		this.browser.get(base() + "/console/");
		((org.openqa.selenium.JavascriptExecutor) this.browser).executeScript("sessionStorage.clear()");
		this.browser.get("about:blank");
	}

	@Test
	void aStewardRecordsACaseInTheirVillageAndAdvancesIt() {
		String steward = this.staff.account("steward", "STEWARD", StaffFixture.PENGJIANG);
		signIn(steward);
		this.wait.until(ExpectedConditions.titleContains("概览"));
		this.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("svg.chart")));
		checked("dashboard");

		this.browser.findElement(By.linkText("记录新案例")).click();
		this.wait.until(ExpectedConditions.titleContains("记录新案例"));
		checked("new-case");
		new Select(this.browser.findElement(By.name("kind"))).selectByValue("MICRO_PROJECT");
		this.browser.findElement(By.name("title")).sendKeys("南村村文化室加装空调");
		new Select(this.browser.findElement(By.name("regionKey"))).selectByVisibleText("南村村");
		this.browser.findElement(By.name("summary")).sendKeys("村民在联络站反映文化室夏天太热");
		this.browser.findElement(By.cssSelector("main button[type=submit]")).click();

		this.wait.until(ExpectedConditions.titleContains("南村村文化室加装空调"));
		assertThat(text("#notice")).isEqualTo("已记录新案例");
		assertThat(text(".facts")).contains("民生微实事", "南村村");
		new Select(this.browser.findElement(By.name("stage"))).selectByVisibleText("代表收集");
		this.browser.findElement(By.name("note")).sendKeys("张代表接手");
		this.browser.findElement(By.xpath("//button[.='记录进展']")).click();

		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".timeline"), "张代表接手"));
		assertThat(text("#notice")).isEqualTo("已记录：代表收集");
		checked("case");

		this.browser.findElement(By.linkText("案例")).click();
		this.wait.until(ExpectedConditions.titleContains("案例"));
		this.browser.findElement(By.name("text")).sendKeys("文化室");
		this.browser.findElement(By.xpath("//button[.='筛选']")).click();
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main p.muted"), "共 1 个"));
		this.browser.findElement(By.linkText("南村村文化室加装空调"));
		assertThat(this.browser.findElements(By.cssSelector("tbody tr"))).hasSize(1);
		checked("cases");
	}

	@Test
	void aStewardOutsideTheRegionIsRefusedAndNothingIsRecorded() {
		String steward = this.staff.account("steward", "STEWARD", StaffFixture.HESHAN);
		signIn(steward);
		this.wait.until(ExpectedConditions.titleContains("概览"));
		String key = (String) this.staff.caseIn(StaffFixture.NANCUN, "MICRO_PROJECT").get("key");
		Object stages = timeline(key);

		this.browser.get(base() + "/console/#/cases/" + key);
		this.wait.until(ExpectedConditions.titleContains("测试案例"));
		new Select(this.browser.findElement(By.name("stage"))).selectByVisibleText("代表收集");
		this.browser.findElement(By.xpath("//button[.='记录进展']")).click();

		this.wait.until(ExpectedConditions.attributeToBe(By.id("notice"), "class", "error"));
		assertThat(text("#notice")).startsWith("没有权限");
		assertThat(timeline(key)).isEqualTo(stages);
		checked("refused");
	}

	@Test
	void wrongCredentialsAreRefusedAndSigningOutForgetsTheToken() {
		this.browser.get(base() + "/console/");
		this.wait.until(ExpectedConditions.titleContains("登录"));
		checked("sign-in");
		this.browser.findElement(By.name("username")).sendKeys("nobody-here");
		this.browser.findElement(By.name("password")).sendKeys("not-the-password");
		this.browser.findElement(By.cssSelector("main button[type=submit]")).click();
		this.wait.until(ExpectedConditions.attributeToBe(By.id("notice"), "class", "error"));
		assertThat(storedToken()).isNull();

		signIn(this.staff.account("viewer", "VIEWER", StaffFixture.PENGJIANG));
		this.wait.until(ExpectedConditions.titleContains("概览"));
		assertThat(storedToken()).isNotNull();
		assertThat(this.browser.findElements(By.linkText("记录新案例"))).as("a viewer records nothing").isEmpty();
		this.browser.findElement(By.xpath("//button[.='退出']")).click();

		this.wait.until(ExpectedConditions.titleContains("登录"));
		assertThat(storedToken()).isNull();
	}

	@Test
	void anEditorDraftsAStoryFromACaseAndSubmitsItAndAPublisherApprovesAndPublishesIt() {
		String key = (String) this.staff.caseIn(StaffFixture.NANCUN, "MICRO_PROJECT").get("key");
		String editor = this.staff.account("editor", "EDITOR", StaffFixture.PENGJIANG);
		String publisher = this.staff.account("publisher", "PUBLISHER", StaffFixture.PENGJIANG);

		signIn(editor);
		this.wait.until(ExpectedConditions.titleContains("概览"));
		this.browser.get(base() + "/console/#/cases/" + key);
		this.wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//button[.='写成故事']"))).click();
		WebElement body = this.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".editor")));
		assertThat(text("#notice")).isEqualTo("已从案例起草故事");
		assertThat(text("main")).contains("草稿", "事实与来源", "来源：");
		body.click();
		body.sendKeys(org.openqa.selenium.Keys.END, " 联系电话13812345678。");
		this.browser.findElement(By.name("note")).sendKeys("补充联系方式");
		this.browser.findElement(By.xpath("//button[.='保存']")).click();
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), "已保存新版本"));
		assertThat(text(".findings")).contains("手机号码");
		assertThat(this.browser.findElement(By.cssSelector(".findings mark.finding")).getText())
			.isEqualTo("13812345678");
		checked("story-draft");

		this.browser.findElement(By.xpath("//button[.='对比']")).click();
		this.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#diff ins")));
		assertThat(text("#diff")).contains("13812345678");
		this.browser.findElement(By.xpath("//button[.='提交审核']")).click();
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), "已提交审核"));
		String story = this.browser.getCurrentUrl().replaceAll(".*#/stories/", "");

		signIn(publisher);
		this.wait.until(ExpectedConditions.titleContains("概览"));
		this.browser.findElement(By.linkText("故事")).click();
		new Select(this.wait.until(ExpectedConditions.presenceOfElementLocated(By.name("state"))))
			.selectByVisibleText("待审");
		this.browser.findElement(By.xpath("//button[.='筛选']")).click();
		this.wait.until(ExpectedConditions.urlContains("state=IN_REVIEW"));
		this.wait.until((browser) -> text("main p.muted").startsWith("共")
				&& browser.findElements(By.cssSelector("main tbody td:nth-child(2)"))
					.stream()
					.allMatch((state) -> state.getText().equals("待审")));
		this.browser.findElement(By.cssSelector("a[href='#/stories/" + story + "']")).click();
		try {
			this.wait.until(ExpectedConditions.titleContains("测试案例"));
		}
		catch (org.openqa.selenium.TimeoutException ex) {
			throw new AssertionError("The story did not open: " + text("body"), ex);
		}
		this.wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//button[.='批准']"))).click();
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), "已批准"));
		this.browser.findElement(By.name("overrideReason")).sendKeys("电话是村委会公开的办公电话");
		this.browser.findElement(By.xpath("//button[.='立即发布']")).click();
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), "已发布"));
		checked("story-published");

		this.browser.findElement(By.linkText("查看公开页面")).click();
		this.wait.until(ExpectedConditions.urlContains("/articles/"));
		assertThat(text("h1")).startsWith("测试案例");
	}

	@Test
	void twoWindowsEditingOneDraftShowTheConflictAndLoseNothingSaved() {
		String key = (String) this.staff.caseIn(StaffFixture.NANCUN, "MICRO_PROJECT").get("key");
		String editor = this.staff.account("editor", "EDITOR", StaffFixture.PENGJIANG);
		String story = (String) StaffFixture
			.ok(this.staff.as(editor)
				.document("mutation($id: ID!) { draftArticle(input: {caseIds: [$id]}) { article { id } } }")
				.variable("id", org.grassroots.api.paging.GlobalId.of("Case", key))
				.executeSync())
			.field("draftArticle.article.id")
			.toEntity(String.class);
		signIn(editor);
		this.wait.until(ExpectedConditions.titleContains("概览"));
		String first = this.browser.getWindowHandle();
		this.browser.get(base() + "/console/#/stories/" + story);
		this.wait.until(ExpectedConditions.presenceOfElementLocated(By.name("title")));

		this.browser.switchTo().newWindow(org.openqa.selenium.WindowType.TAB);
		String second = this.browser.getWindowHandle();
		try {
			signIn(editor);
			this.wait.until(ExpectedConditions.titleContains("概览"));
			this.browser.get(base() + "/console/#/stories/" + story);
			retitle("第二个窗口的标题");
			this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), "已保存新版本"));

			this.browser.switchTo().window(first);
			retitle("第一个窗口的标题");
			this.wait.until(ExpectedConditions.attributeToBe(By.id("notice"), "class", "error"));
			assertThat(text("#notice")).contains("别人已经改过");
			assertThat(text(".conflict")).contains("你的修改没有保存");
			checked("story-conflict");
			assertThat(StaffFixture
				.ok(this.staff.as(editor)
					.document("query($id: ID!) { editorialArticle(id: $id) { revision { title } } }")
					.variable("id", story)
					.executeSync())
				.field("editorialArticle.revision.title")
				.toEntity(String.class)).isEqualTo("第二个窗口的标题");

			this.browser.findElement(By.xpath("//button[.='载入最新版本']")).click();
			this.wait.until(ExpectedConditions.attributeToBe(By.name("title"), "value", "第二个窗口的标题"));
		}
		finally {
			this.browser.switchTo().window(second).close();
			this.browser.switchTo().window(first);
		}
	}

	private Object timeline(String key) {
		return this.staff.admin()
			.document("query($id: ID!) { node(id: $id) { ... on Case { version timeline { stage on note } } } }")
			.variable("id", org.grassroots.api.paging.GlobalId.of("Case", key))
			.executeSync()
			.field("node")
			.toEntity(Object.class);
	}

	private void retitle(String title) {
		WebElement field = this.wait.until(ExpectedConditions.presenceOfElementLocated(By.name("title")));
		field.clear();
		field.sendKeys(title);
		this.browser.findElement(By.xpath("//button[.='保存']")).click();
	}

	@Test
	void theConsoleLoadsUnder400KilobytesOfScriptAndOnlyItsOwn() {
		this.browser.get(base() + "/console/");
		this.wait.until(ExpectedConditions.titleContains("登录"));
		List<String> scripts = SharedBrowser.scripts(this.browser);
		assertThat(scripts).isNotEmpty().allSatisfy((src) -> assertThat(src).startsWith(base() + "/console/"));
		int bytes = scripts.stream()
			.mapToInt((src) -> SharedBrowser.gzipped(this.http.get().uri(src).retrieve().body(byte[].class)))
			.sum();
		assertThat(bytes).as("console script, gzip").isLessThan(400 * 1024);
		assertThat(this.http.get()
			.uri("/console")
			.retrieve()
			.toEntity(String.class)
			.getHeaders()
			.getFirst("Content-Security-Policy")).contains("script-src 'self'");
	}

	private void signIn(String username) {
		this.browser.get("about:blank");
		this.browser.get(base() + "/console/#/sign-in");
		this.wait.until(ExpectedConditions.presenceOfElementLocated(By.name("username")));
		WebElement name = this.browser.findElement(By.name("username"));
		name.clear();
		name.sendKeys(username);
		this.browser.findElement(By.name("password")).sendKeys(StaffFixture.PASSWORD);
		this.browser.findElement(By.cssSelector("main button[type=submit]")).click();
	}

	private Object storedToken() {
		return ((org.openqa.selenium.JavascriptExecutor) this.browser)
			.executeScript("return sessionStorage.getItem('grassroots.token')");
	}

	private String base() {
		return "http://127.0.0.1:" + this.port;
	}

	private String text(String css) {
		return this.browser.findElement(By.cssSelector(css)).getText();
	}

	private void checked(String view) {
		assertThat(SharedBrowser.seriousViolations(this.browser)).as(view).isEmpty();
		SharedBrowser.screenshots(this.browser, "console-" + view);
	}

}
