from footprint.redact import redact_birthday, redact_coords, redact_email, redact_name, redact_phone, redact_postcode, redact_text


def test_phone_keeps_enough_to_recognise():
    assert redact_phone("+447700900123") == "+44 7700 9•• •23"
    assert redact_phone("+441632960457") == "+44 1632 9•• •57"
    assert "900123" not in redact_phone("+447700900123")


def test_email_postcode_name_birthday():
    assert redact_email("catrin.hp@example.com") == "c••••••••@example.com"
    assert redact_postcode("CF37 9ZX") == "CF37 •••"
    assert redact_name("Ella") == "E•••"
    assert redact_birthday("03-14") == "03-••"
    assert redact_birthday("1985-03-14") == "1985-••-••"


def test_coordinates_rounded_to_about_a_kilometre():
    shown = redact_coords("51.60070, -3.33790")
    assert shown.startswith("≈51.60, -3.34")
    assert "51.6007" not in shown


def test_text_redaction_hides_every_raw_form_case_insensitively():
    text = "Call 07700 900123 or email CATRIN.HP@example.com"
    hidden = redact_text(text, {"07700 900123": "+44 7700 9•• •23", "catrin.hp@example.com": "c•••@example.com"})
    assert "900123" not in hidden and "CATRIN" not in hidden
    assert "+44 7700 9•• •23" in hidden


def test_address_keeps_only_the_last_word():
    from footprint.redact import redact_address
    assert redact_address("3 Stryd Fawr Uchaf") == "• ••••• •••• Uchaf"
