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
		// Views re-render as answers arrive: an element read a moment ago may be gone
		this.wait = new WebDriverWait(this.browser, Duration.ofSeconds(10));
		this.wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
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
		this.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".chart .bars li")));
		assertThat(text("main")).contains("按状态", "已办结", "按区", "蓬江区", "按时进站的代表", "立法意见采纳率");
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
		for (String stage : List.of("平台分办", "部门处置", "结果反馈")) {
			new Select(this.browser.findElement(By.name("stage"))).selectByVisibleText(stage);
			this.browser.findElement(By.xpath("//button[.='记录进展']")).click();
			this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), "已记录：" + stage));
		}
		this.browser.findElement(By.cssSelector("input[name=satisfied][value=yes]")).click();
		this.browser.findElement(By.xpath("//button[.='记录评价']")).click();
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), "已记录群众评价"));
		assertThat(text("main")).contains("群众评价", "满意");
		WebElement title = this.browser.findElement(By.cssSelector("form input[name=title]"));
		title.clear();
		title.sendKeys("南村村文化室加装空调和风扇");
		this.browser.findElement(By.xpath("//button[.='保存修改']")).click();
		this.wait.until(ExpectedConditions.titleContains("南村村文化室加装空调和风扇"));
		assertThat(text("#notice")).isEqualTo("已保存修改");

		this.browser.findElement(By.linkText("案例")).click();
		this.wait.until(ExpectedConditions.titleContains("案例"));
		this.browser.findElement(By.name("text")).sendKeys("文化室");
		this.browser.findElement(By.xpath("//button[.='筛选']")).click();
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#main p.muted"), "共 1 个"));
		this.browser.findElement(By.linkText("南村村文化室加装空调和风扇"));
		assertThat(this.browser.findElements(By.cssSelector("tbody tr"))).hasSize(1);
		checked("cases");
	}

	@Test
	void aStewardLogsADutyVisitAndSeesWhoMissedWhichWindow() {
		signIn(this.staff.account("steward", "STEWARD", StaffFixture.PENGJIANG));
		this.wait.until(ExpectedConditions.titleContains("概览"));
		this.browser.findElement(By.linkText("履职")).click();
		this.wait.until(ExpectedConditions.titleContains("代表履职"));
		new Select(this.browser.findElement(By.name("region"))).selectByVisibleText("荷塘镇");
		this.browser.findElement(By.xpath("//button[.='查看']")).click();
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main"), "荷塘镇："));
		checked("duty");
		new Select(this.browser.findElement(By.name("stationKey"))).selectByValue(StaffFixture.HETANG_STATION);
		String deputy = new Select(this.browser.findElement(By.name("deputyKey"))).getFirstSelectedOption().getText();
		By windows = By.xpath("//tbody/tr[td[1][.='" + deputy + "']]/td[3]");
		int before = Integer.parseInt(this.browser.findElement(windows).getText().split(" / ")[0]);

		this.browser.findElement(By.xpath("//button[.='记录进站接待']")).click();

		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), "已记录进站接待"));
		assertThat(Integer.parseInt(this.browser.findElement(windows).getText().split(" / ")[0]))
			.as("windows with a visit, once this month's has one")
			.isEqualTo(before + 1);
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
		this.browser.findElement(By.xpath("//button[.='预览']")).click();
		String preview = this.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#preview a")))
			.getAttribute("href");
		String working = this.browser.getCurrentUrl();
		this.browser.get(preview);
		assertThat(text(".preview-banner")).contains("尚未发布");
		assertThat(text("article")).contains("13812345678");
		checked("preview");
		this.browser.get(working);
		this.wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//button[.='提交审核']"))).click();
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
		((org.openqa.selenium.JavascriptExecutor) this.browser).executeScript(
				"document.querySelector('input[name=unpublishAt]').value = arguments[0]",
				java.time.LocalDateTime.now().plusDays(30).withNano(0).withSecond(0).toString());
		this.browser.findElement(By.xpath("//button[.='定时下线']")).click();
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), "已定时下线"));
		assertThat(text("main")).contains("定时下线：");

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
	void anAdministratorSetsUpAnEditorAndAPublisherWhoTakeANewCaseToAPublishedSearchableStory() {
		String suffix = Long.toString(System.nanoTime() % 100_000);
		String editor = "ed-" + suffix;
		String publisher = "pub-" + suffix;
		signIn("editor", "correct-horse-battery");
		this.wait.until(ExpectedConditions.titleContains("概览"));
		this.browser.findElement(By.linkText("账号")).click();
		for (String[] account : new String[][] { { editor, "EDITOR" }, { publisher, "PUBLISHER" } }) {
			WebElement name = this.wait.until(ExpectedConditions.elementToBeClickable(By.name("username")));
			name.sendKeys(account[0]);
			this.browser.findElement(By.name("password")).sendKeys(StaffFixture.PASSWORD);
			this.browser.findElement(By.xpath("//button[.='创建账号']")).click();
			this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), "已创建账号 " + account[0]));
			WebElement row = this.browser.findElement(By.cssSelector("tr[data-account='" + account[0] + "']"));
			new Select(row.findElement(By.name("role"))).selectByValue(account[1]);
			new Select(row.findElement(By.name("regionKey"))).selectByVisibleText("蓬江区");
			row.findElement(By.xpath(".//button[.='授予']")).click();
			this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), "已授予 " + account[0]));
		}
		assertThat(text("tr[data-account='" + publisher + "']")).contains("发布人 · 蓬江区");
		checked("accounts");

		this.browser.findElement(By.linkText("记录新案例")).click();
		String title = "南村村祠堂门前路面修补" + suffix;
		this.wait.until(ExpectedConditions.elementToBeClickable(By.name("title"))).sendKeys(title);
		new Select(this.browser.findElement(By.name("regionKey"))).selectByVisibleText("南村村");
		this.browser.findElement(By.name("summary")).sendKeys("村民反映祠堂门前路面坑洼，雨天积水");
		this.browser.findElement(By.cssSelector("main button[type=submit]")).click();
		this.wait.until(ExpectedConditions.titleContains(title));

		signIn(editor);
		this.wait.until(ExpectedConditions.titleContains("概览"));
		this.browser.findElement(By.linkText("案例")).click();
		this.wait.until(ExpectedConditions.elementToBeClickable(By.name("text"))).sendKeys(title);
		this.browser.findElement(By.xpath("//button[.='筛选']")).click();
		// The unfiltered list shows the new case too, newest first: wait for the filtered
		// one, which replaces it, before following the link
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#main p.muted"), "共 1 个"));
		this.wait.until(ExpectedConditions.elementToBeClickable(By.linkText(title))).click();
		this.wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//button[.='写成故事']"))).click();
		this.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".editor")));
		this.browser.findElement(By.xpath("//button[.='提交审核']")).click();
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), "已提交审核"));
		String story = this.browser.getCurrentUrl().replaceAll(".*#/stories/", "");

		signIn(publisher);
		this.wait.until(ExpectedConditions.titleContains("概览"));
		this.browser.get(base() + "/console/#/stories/" + story);
		this.wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//button[.='批准']"))).click();
		this.wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//button[.='立即发布']"))).click();
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), "已发布"));

		this.wait.withTimeout(Duration.ofSeconds(15)).until((browser) -> {
			browser.get(base() + "/?q=" + title);
			return !browser.findElements(By.xpath("//section[@class='hits']//a[contains(., '" + title + "')]"))
				.isEmpty();
		});
	}

	@Test
	void anAdministratorChecksTheSearchIndexFromTheSystemPage() {
		signIn("editor", "correct-horse-battery");
		this.wait.until(ExpectedConditions.titleContains("概览"));
		this.browser.findElement(By.linkText("系统")).click();
		this.wait.until(ExpectedConditions.titleContains("系统"));
		assertThat(text("#index-status")).contains("在用索引", "articles-v5");
		checked("system");

		this.browser.findElement(By.xpath("//button[.='检查并修复']")).click();
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), "检查完成"));
		assertThat(text("#notice")).contains("缺 0", "旧 0", "多 0");
		this.browser.findElement(By.linkText("全部")).click();
		this.wait.until(ExpectedConditions.attributeToBe(By.linkText("全部"), "aria-current", "page"));
		assertThat(text("main")).contains("投递记录");

		this.browser.findElement(By.xpath("//button[.='重建索引']")).click();
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), "已开始重建索引"));
		// No refresh: the page follows the rebuild by itself
		this.wait.withTimeout(Duration.ofSeconds(30))
			.until(ExpectedConditions.textToBePresentInElementLocated(By.id("index-status"), "DONE"));
		assertThat(text("#index-status")).contains("缺 0", "旧 0", "多 0");
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
		signIn(username, StaffFixture.PASSWORD);
	}

	private void signIn(String username, String password) {
		this.browser.get("about:blank");
		this.browser.get(base() + "/console/#/sign-in");
		this.wait.until(ExpectedConditions.presenceOfElementLocated(By.name("username")));
		WebElement name = this.browser.findElement(By.name("username"));
		name.clear();
		name.sendKeys(username);
		this.browser.findElement(By.name("password")).sendKeys(password);
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
