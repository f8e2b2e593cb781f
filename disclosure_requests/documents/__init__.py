"""Written notices of a request (回执, 补正通知书, 延期通知书, 征求第三方意见函, 收费通知, 答复告知书):
rendered from versioned templates, then written as .docx and as PDF."""
