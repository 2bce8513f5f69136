"""GOV.UK-styled error pages: what went wrong and what the person can do next."""

from flask import Flask, render_template
from flask_wtf.csrf import CSRFError
from werkzeug.exceptions import HTTPException, InternalServerError

ERROR_TEMPLATES = {
    400: "bad_request",
    403: "forbidden",
    404: "not_found",
    405: "bad_request",
    413: "bad_request",
    429: "too_many_requests",
}


def init_app(app: Flask) -> None:
    @app.errorhandler(CSRFError)
    def csrf_error(error: CSRFError):
        return render_template("errors/csrf.html", reason=error.description), 400

    @app.errorhandler(HTTPException)
    def http_error(error: HTTPException):
        template = ERROR_TEMPLATES.get(error.code)
        if template is None:
            return error
        return render_template(f"errors/{template}.html", http_error=error), error.code

    @app.errorhandler(InternalServerError)
    def server_error(error: InternalServerError):
        return render_template("errors/server_error.html"), 500
