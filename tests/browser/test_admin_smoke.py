"""The admin opens in a real browser and speaks Chinese."""


def test_the_admin_login_page_renders_in_chinese_in_chromium(browser_page, screenshot):
    browser_page.goto("/admin/login/")
    assert "登录" in browser_page.content()
    screenshot(browser_page, "admin-login-1280")
