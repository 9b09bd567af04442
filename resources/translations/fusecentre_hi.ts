<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hi_IN" sourcelanguage="en">
<context>
    <name>AccountabilityPanel</name>
    <message>
        <location filename="../../fusecentre_app/gui/accountability_panel.py" line="112"/>
        <source>From date</source>
        <translation>आरंभ तिथि</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/accountability_panel.py" line="113"/>
        <source>To date</source>
        <translation>अंतिम तिथि</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/accountability_panel.py" line="116"/>
        <source>Sho&amp;w</source>
        <translation>दिखाएँ (&amp;S)</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/accountability_panel.py" line="117"/>
        <source>E&amp;xport CSV/Excel…</source>
        <translation>CSV/Excel निर्यात (&amp;X)…</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/accountability_panel.py" line="118"/>
        <source>Officers&apos; figures</source>
        <translation>अधिकारियों के आँकड़े</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/accountability_panel.py" line="121"/>
        <source>Officer</source>
        <translation>अधिकारी</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/accountability_panel.py" line="122"/>
        <source>Designation</source>
        <translation>पद</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/accountability_panel.py" line="123"/>
        <source>Assigned</source>
        <translation>सौंपी गईं</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/accountability_panel.py" line="124"/>
        <source>Median to attend</source>
        <translation>पहुँचने में समय (माध्यिका)</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/accountability_panel.py" line="125"/>
        <source>Median to resolve</source>
        <translation>निवारण में समय (माध्यिका)</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/accountability_panel.py" line="126"/>
        <source>SoP breaches</source>
        <translation>SoP उल्लंघन</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/accountability_panel.py" line="127"/>
        <source>Unanswered attempts</source>
        <translation>अनुत्तरित प्रयास</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/accountability_panel.py" line="128"/>
        <source>Reopened</source>
        <translation>पुनः खुली</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/accountability_panel.py" line="114"/>
        <source>From</source>
        <translation>अवधि</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/accountability_panel.py" line="115"/>
        <source>to</source>
        <translation>से</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/accountability_panel.py" line="166"/>
        <source>%1 officer(s) with complaints or contact attempts on record</source>
        <translation>रिकॉर्ड में शिकायत या संपर्क प्रयास वाले अधिकारी: %1</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/accountability_panel.py" line="176"/>
        <source>Export accountability</source>
        <translation>जवाबदेही निर्यात करें</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/accountability_panel.py" line="191"/>
        <source>Exported %1 officer(s) to %2.</source>
        <translation>%1 अधिकारियों का विवरण %2 में निर्यात हुआ।</translation>
    </message>
</context>
<context>
    <name>AccountsPanel</name>
    <message>
        <location filename="../../fusecentre_app/gui/accounts_panel.py" line="35"/>
        <source>User name</source>
        <translation>यूज़र नाम</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/accounts_panel.py" line="36"/>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/accounts_panel.py" line="37"/>
        <source>Role</source>
        <translation>भूमिका</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/accounts_panel.py" line="38"/>
        <source>Centre</source>
        <translation>केंद्र</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/accounts_panel.py" line="39"/>
        <source>State</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/accounts_panel.py" line="97"/>
        <source>Add acco&amp;unt…</source>
        <translation>नया खाता जोड़ें (&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/accounts_panel.py" line="98"/>
        <source>D&amp;eactivate…</source>
        <translation>निष्क्रिय करें (&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/accounts_panel.py" line="99"/>
        <source>&amp;Reset password…</source>
        <translation>पासवर्ड रीसेट करें (&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/accounts_panel.py" line="102"/>
        <source>Every clerk signs in with their own account: the records name who did what. An account is never deleted; deactivate it when someone leaves.</source>
        <translation>हर क्लर्क अपने खाते से साइन इन करता है: रिकॉर्ड में दर्ज रहता है कि किसने क्या किया। कोई खाता कभी हटाया नहीं जाता; कोई कर्मचारी चला जाए तो उसका खाता निष्क्रिय करें।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/accounts_panel.py" line="120"/>
        <source>deactivated</source>
        <translation>निष्क्रिय</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/accounts_panel.py" line="122"/>
        <source>waiting until %1 (wrong passwords)</source>
        <translation>%1 तक रुका हुआ (गलत पासवर्ड)</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/accounts_panel.py" line="126"/>
        <source>to choose a password at sign-in</source>
        <translation>साइन इन पर पासवर्ड चुनना है</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/accounts_panel.py" line="128"/>
        <source>active</source>
        <translation>सक्रिय</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/accounts_panel.py" line="150"/>
        <location filename="../../fusecentre_app/gui/accounts_panel.py" line="157"/>
        <source>Choose an account in the list first.</source>
        <translation>पहले सूची में से कोई खाता चुनें।</translation>
    </message>
</context>
<context>
    <name>AddAccountDialog</name>
    <message>
        <location filename="../../fusecentre_app/gui/accounts_panel.py" line="244"/>
        <source>Add a desk account</source>
        <translation>डेस्क खाता जोड़ें</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/accounts_panel.py" line="253"/>
        <source>— whole division —</source>
        <translation>— पूरा प्रमंडल —</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/accounts_panel.py" line="245"/>
        <source>&amp;Name as records show it</source>
        <translation>रिकॉर्ड में दिखने वाला नाम (&amp;N)</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/accounts_panel.py" line="246"/>
        <source>&amp;User name</source>
        <translation>यूज़र नाम (&amp;U)</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/accounts_panel.py" line="247"/>
        <source>&amp;Role</source>
        <translation>भूमिका (&amp;R)</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/accounts_panel.py" line="248"/>
        <source>&amp;Centre</source>
        <translation>केंद्र (&amp;C)</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/accounts_panel.py" line="249"/>
        <source>First &amp;password</source>
        <translation>पहला पासवर्ड (&amp;P)</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/accounts_panel.py" line="250"/>
        <source>They choose their own password at their first sign-in.</source>
        <translation>पहली बार साइन इन करने पर वे अपना पासवर्ड स्वयं चुनेंगे।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/accounts_panel.py" line="268"/>
        <source>Added %1.</source>
        <translation>%1 जोड़ा गया।</translation>
    </message>
</context>
<context>
    <name>BackupProgress</name>
    <message>
        <location filename="../../fusecentre_app/gui/backup.py" line="61"/>
        <source>Backing up</source>
        <translation>बैकअप हो रहा है</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/backup.py" line="62"/>
        <source>Copying the store…</source>
        <translation>डेटाबेस की प्रति बन रही है…</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/backup.py" line="75"/>
        <source>Checking the copy…</source>
        <translation>प्रति की जाँच हो रही है…</translation>
    </message>
</context>
<context>
    <name>BannerArea</name>
    <message>
        <location filename="../../fusecentre_app/gui/screen_fit.py" line="170"/>
        <source>No probable feeder fault and no open incident.</source>
        <translation>न कोई संभावित फीडर खराबी है, न कोई खुली घटना।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/screen_fit.py" line="171"/>
        <source>Feeder faults</source>
        <translation>फीडर खराबियाँ</translation>
    </message>
</context>
<context>
    <name>CallConsumerDialog</name>
    <message>
        <location filename="../../fusecentre_app/gui/callback_dialog.py" line="50"/>
        <source>Close unverified?</source>
        <translation>बिना पुष्टि बंद करें?</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/callback_dialog.py" line="51"/>
        <source>The consumer could not be reached %1 times. Recording this call closes %2 without the consumer saying the supply is back. Close it unverified?</source>
        <translation>उपभोक्ता से %1 बार संपर्क नहीं हो सका। यह कॉल दर्ज करने पर %2 बंद हो जाएगी, जबकि उपभोक्ता ने बिजली बहाल होने की बात नहीं कही है। क्या इसे बिना पुष्टि बंद करें?</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/callback_dialog.py" line="76"/>
        <source>Call back the consumer — %1</source>
        <translation>उपभोक्ता को पुष्टि कॉल — %1</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/callback_dialog.py" line="79"/>
        <source>Consumer</source>
        <translation>उपभोक्ता</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/callback_dialog.py" line="85"/>
        <source>Ask whether the supply is back (%1, %2).</source>
        <translation>पूछें कि बिजली बहाल हुई या नहीं (%1, %2)।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/callback_dialog.py" line="93"/>
        <source>Scan with your mobile to call</source>
        <translation>कॉल के लिए अपने मोबाइल से स्कैन करें</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/callback_dialog.py" line="94"/>
        <source>&amp;Call again</source>
        <translation>फिर से कॉल करें (&amp;C)</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/callback_dialog.py" line="103"/>
        <source>what the consumer said (optional)</source>
        <translation>उपभोक्ता ने क्या कहा (वैकल्पिक)</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/callback_dialog.py" line="105"/>
        <source>Supply &amp;restored</source>
        <translation>बिजली बहाल हुई (&amp;R)</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/callback_dialog.py" line="106"/>
        <source>&amp;Not restored (reopen)</source>
        <translation>बहाल नहीं (फिर से खोलें) (&amp;N)</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/callback_dialog.py" line="107"/>
        <source>&amp;Unreachable</source>
        <translation>संपर्क नहीं हुआ (&amp;U)</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/callback_dialog.py" line="110"/>
        <source>What did the consumer say?</source>
        <translation>उपभोक्ता ने क्या कहा?</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/callback_dialog.py" line="145"/>
        <source>First call back since the resolution.</source>
        <translation>निवारण के बाद यह पहली पुष्टि कॉल है।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/callback_dialog.py" line="146"/>
        <source>Calls back so far: %1; unreachable calls that count: %2.</source>
        <translation>अब तक पुष्टि कॉल: %1; गिनती में आने वाली बिना संपर्क की कॉल: %2।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/callback_dialog.py" line="150"/>
        <source>The next unreachable call counts from %1.</source>
        <translation>बिना संपर्क की अगली कॉल %1 बजे से गिनी जाएगी।</translation>
    </message>
</context>
<context>
    <name>CaseFileDialog</name>
    <message>
        <location filename="../../fusecentre_app/gui/division_pdfs.py" line="321"/>
        <source>Negligence case file</source>
        <translation>लापरवाही की केस फ़ाइल</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/division_pdfs.py" line="322"/>
        <source>&amp;From</source>
        <translation>आरंभ तिथि (&amp;F)</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/division_pdfs.py" line="323"/>
        <source>From</source>
        <translation>आरंभ तिथि</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/division_pdfs.py" line="324"/>
        <source>&amp;To</source>
        <translation>अंतिम तिथि (&amp;T)</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/division_pdfs.py" line="325"/>
        <source>To</source>
        <translation>अंतिम तिथि</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/division_pdfs.py" line="326"/>
        <source>Language of the PDF</source>
        <translation>PDF की भाषा</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/division_pdfs.py" line="347"/>
        <source>the case file of %1, %2 to %3: %4 assigned, %5 SoP breach(es), %6 page(s)</source>
        <translation>%1 की केस फ़ाइल, %2 से %3 तक: %4 सौंपी गईं, %5 SoP उल्लंघन, %6 पृष्ठ</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../../fusecentre_app/gui/password_dialog.py" line="40"/>
        <source>Change my password — %1</source>
        <translation>मेरा पासवर्ड बदलें — %1</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/password_dialog.py" line="43"/>
        <source>Your password was set by the administrator. Choose your own now: at least %1 characters, not one that guessers try first.</source>
        <translation>आपका पासवर्ड प्रशासक ने रखा था। अब अपना पासवर्ड स्वयं चुनें: कम से कम %1 अक्षर, और ऐसा नहीं जिसे अंदाज़ा लगाने वाले सबसे पहले आज़माते हैं।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/password_dialog.py" line="47"/>
        <source>At least %1 characters, not one that guessers try first.</source>
        <translation>कम से कम %1 अक्षर, और ऐसा नहीं जिसे अंदाज़ा लगाने वाले सबसे पहले आज़माते हैं।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/password_dialog.py" line="65"/>
        <source>&amp;Current password</source>
        <translation>वर्तमान पासवर्ड (&amp;C)</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/password_dialog.py" line="66"/>
        <source>&amp;New password</source>
        <translation>नया पासवर्ड (&amp;N)</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/password_dialog.py" line="67"/>
        <source>New password &amp;again</source>
        <translation>नया पासवर्ड दोबारा (&amp;A)</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/password_dialog.py" line="71"/>
        <source>Change</source>
        <translation>बदलें</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/password_dialog.py" line="82"/>
        <source>The two new passwords differ.</source>
        <translation>दोनों नए पासवर्ड अलग-अलग हैं।</translation>
    </message>
</context>
<context>
    <name>ClaimsWindow</name>
    <message>
        <location filename="../../fusecentre_app/gui/claims_window.py" line="43"/>
        <source>Compensation claims</source>
        <translation>मुआवज़े के दावे</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/claims_window.py" line="46"/>
        <source>Record a claim received</source>
        <translation>प्राप्त दावा दर्ज करें</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/claims_window.py" line="50"/>
        <source>by hand</source>
        <translation>हाथों-हाथ</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/claims_window.py" line="51"/>
        <source>by post</source>
        <translation>डाक से</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/claims_window.py" line="60"/>
        <source>the complaint&apos;s docket, if the consumer gives it</source>
        <translation>शिकायत का डॉकेट, यदि उपभोक्ता बताए</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/claims_window.py" line="63"/>
        <source>rupees; blank if none is named</source>
        <translation>रुपये; कोई राशि न बताई हो तो खाली छोड़ें</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/claims_window.py" line="64"/>
        <source>Record the &amp;claim</source>
        <translation>दावा दर्ज करें (&amp;C)</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/claims_window.py" line="67"/>
        <source>Recei&amp;ved on</source>
        <translation>प्राप्ति की तिथि (&amp;V)</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/claims_window.py" line="68"/>
        <source>Received b&amp;y</source>
        <translation>कैसे प्राप्त (&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/claims_window.py" line="69"/>
        <source>Consumer&apos;s &amp;name</source>
        <translation>उपभोक्ता का नाम (&amp;N)</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/claims_window.py" line="70"/>
        <source>Consumer n&amp;umber</source>
        <translation>उपभोक्ता संख्या (&amp;U)</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/claims_window.py" line="71"/>
        <source>&amp;Mobile</source>
        <translation>मोबाइल (&amp;M)</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/claims_window.py" line="72"/>
        <source>Doc&amp;ket</source>
        <translation>डॉकेट (&amp;K)</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/claims_window.py" line="73"/>
        <source>Amount claimed</source>
        <translation>दावा की गई राशि</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/claims_window.py" line="76"/>
        <source>Decide the claim chosen in the list</source>
        <translation>सूची में चुने गए दावे का निर्णय करें</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/claims_window.py" line="77"/>
        <location filename="../../fusecentre_app/gui/claims_window.py" line="227"/>
        <location filename="../../fusecentre_app/gui/claims_window.py" line="295"/>
        <source>Choose an undecided claim in the list.</source>
        <translation>सूची में से कोई ऐसा दावा चुनें जिसका निर्णय बाकी हो।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/claims_window.py" line="79"/>
        <source>&amp;Award</source>
        <translation>स्वीकृत करें (&amp;A)</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/claims_window.py" line="82"/>
        <source>Re&amp;fuse</source>
        <translation>अस्वीकार करें (&amp;F)</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/claims_window.py" line="90"/>
        <source>rupees awarded</source>
        <translation>स्वीकृत रुपये</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/claims_window.py" line="93"/>
        <source>why it is refused</source>
        <translation>अस्वीकार करने का कारण</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/claims_window.py" line="107"/>
        <source>Record the &amp;decision</source>
        <translation>निर्णय दर्ज करें (&amp;D)</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/claims_window.py" line="112"/>
        <source>Amoun&amp;t</source>
        <translation>राशि (&amp;T)</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/claims_window.py" line="113"/>
        <source>Reason for &amp;refusal</source>
        <translation>अस्वीकृति का कारण (&amp;R)</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/claims_window.py" line="114"/>
        <source>Recovered fr&amp;om</source>
        <translation>किससे वसूली (&amp;O)</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/claims_window.py" line="115"/>
        <source>Dec&amp;ided on</source>
        <translation>निर्णय की तिथि (&amp;I)</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/claims_window.py" line="153"/>
        <source>OVERDUE: due %1</source>
        <translation>विलंबित: समय-सीमा %1</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/claims_window.py" line="154"/>
        <source>due %1</source>
        <translation>समय-सीमा %1</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/claims_window.py" line="156"/>
        <source>(late)</source>
        <translation>(विलंब से)</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/claims_window.py" line="159"/>
        <source>refused %1%2: %3</source>
        <translation>अस्वीकृत %1%2: %3</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/claims_window.py" line="165"/>
        <source>Rs %1 awarded %2%3</source>
        <translation>Rs %1 स्वीकृत %2%3</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/claims_window.py" line="177"/>
        <source>%1 claim(s) in the register; %2 undecided, %3 of them overdue (30 days)</source>
        <translation>पंजी में %1 दावे; %2 पर निर्णय बाकी, उनमें से %3 विलंबित (30 दिन)</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/claims_window.py" line="182"/>
        <source>hand</source>
        <translation>हाथों-हाथ</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/claims_window.py" line="182"/>
        <source>post</source>
        <translation>डाक</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/claims_window.py" line="183"/>
        <source>Rs %1</source>
        <translation>Rs %1</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/claims_window.py" line="190"/>
        <source>No.</source>
        <translation>क्रमांक</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/claims_window.py" line="191"/>
        <source>Received</source>
        <translation>प्राप्त</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/claims_window.py" line="192"/>
        <source>By</source>
        <translation>माध्यम</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/claims_window.py" line="193"/>
        <source>Consumer</source>
        <translation>उपभोक्ता</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/claims_window.py" line="194"/>
        <source>Docket</source>
        <translation>डॉकेट</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/claims_window.py" line="195"/>
        <source>Claimed</source>
        <translation>दावा राशि</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/claims_window.py" line="196"/>
        <source>Desk&apos;s liability</source>
        <translation>डेस्क का दायित्व</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/claims_window.py" line="197"/>
        <source>Decision</source>
        <translation>निर्णय</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/claims_window.py" line="198"/>
        <source>Recovered from</source>
        <translation>किससे वसूली</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/claims_window.py" line="230"/>
        <source>Claim %1 is decided: %2</source>
        <translation>दावा %1 का निर्णय हो चुका है: %2</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/claims_window.py" line="236"/>
        <source>Claim %1 of %2, received %3; decide by %4</source>
        <translation>%2 का दावा %1, प्राप्त %3; %4 तक निर्णय करें</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/claims_window.py" line="252"/>
        <source>Give the amount in whole rupees.</source>
        <translation>राशि पूरे रुपयों में दें।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/claims_window.py" line="272"/>
        <source>Recorded as claim %1; its decision is due within 30 days.</source>
        <translation>दावा %1 के रूप में दर्ज हुआ; इसका निर्णय 30 दिनों के भीतर करना है।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/claims_window.py" line="319"/>
        <source>Claim %1: %2.</source>
        <translation>दावा %1: %2।</translation>
    </message>
</context>
<context>
    <name>CompensationDialog</name>
    <message>
        <location filename="../../fusecentre_app/gui/division_pdfs.py" line="248"/>
        <source>Compensation statement</source>
        <translation>मुआवज़ा विवरण</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/division_pdfs.py" line="266"/>
        <source>the compensation statement for %1, %2: %3 late, Rs %4 owed, %5 page(s)</source>
        <translation>%1, %2 का मुआवज़ा विवरण: %3 विलंब से, Rs %4 देय, %5 पृष्ठ</translation>
    </message>
</context>
<context>
    <name>ComplaintForm</name>
    <message>
        <location filename="../../fusecentre_app/gui/complaint_form.py" line="140"/>
        <source>Send &amp;docket to caller…</source>
        <translation>शिकायतकर्ता को डॉकेट भेजें (&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/complaint_form.py" line="124"/>
        <source>New complaint — %1</source>
        <translation>नई शिकायत — %1</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/complaint_form.py" line="183"/>
        <source>urban</source>
        <translation>शहरी</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/complaint_form.py" line="183"/>
        <source>rural</source>
        <translation>ग्रामीण</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/complaint_form.py" line="141"/>
        <location filename="../../fusecentre_app/gui/complaint_form.py" line="142"/>
        <location filename="../../fusecentre_app/gui/complaint_form.py" line="203"/>
        <location filename="../../fusecentre_app/gui/complaint_form.py" line="211"/>
        <source>— choose —</source>
        <translation>— चुनें —</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/complaint_form.py" line="205"/>
        <source> (danger)</source>
        <translation> (खतरा)</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/complaint_form.py" line="354"/>
        <source>No earlier complaints from this number.</source>
        <translation>इस नंबर से पहले कोई शिकायत नहीं।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/complaint_form.py" line="357"/>
        <location filename="../../ui/complaint_form.ui" line="79"/>
        <source>Type the caller&apos;s mobile number to see their earlier complaints.</source>
        <translation>पहले की शिकायतें देखने के लिए शिकायतकर्ता का मोबाइल नंबर लिखें।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/complaint_form.py" line="371"/>
        <source>%1 earlier complaint(s); %2 still open.</source>
        <translation>पहले की शिकायतें: %1; अभी लंबित: %2।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/complaint_form.py" line="381"/>
        <source>Record this call as a follow-&amp;up on %1</source>
        <translation>इस कॉल को %1 पर फॉलो-अप दर्ज करें (&amp;U)</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/complaint_form.py" line="397"/>
        <source>&amp;Save as a new complaint…</source>
        <translation>नई शिकायत के रूप में सहेजें (&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/complaint_form.py" line="143"/>
        <location filename="../../fusecentre_app/gui/complaint_form.py" line="455"/>
        <source>— not known —</source>
        <translation>— पता नहीं —</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/complaint_form.py" line="508"/>
        <source>Choose a feeder from the list, or leave it empty.</source>
        <translation>सूची से फीडर चुनें, या खाली छोड़ दें।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/complaint_form.py" line="537"/>
        <source>A new complaint for this caller?</source>
        <translation>इस शिकायतकर्ता की नई शिकायत?</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/complaint_form.py" line="539"/>
        <source>This caller&apos;s complaint %1 (%2) is still open. Log a separate new complaint all the same? To record this call on %1, choose No and press Enter.</source>
        <translation>इस शिकायतकर्ता की शिकायत %1 (%2) अभी लंबित है। क्या फिर भी एक अलग नई शिकायत दर्ज करें? इस कॉल को %1 पर दर्ज करने के लिए &quot;नहीं&quot; चुनें और Enter दबाएँ।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/complaint_form.py" line="596"/>
        <source>Complaint saved. Read this number to the caller:</source>
        <translation>शिकायत दर्ज हो गई। शिकायतकर्ता को यह डॉकेट संख्या पढ़कर सुनाएँ:</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/complaint_form.py" line="598"/>
        <source>Supply to be restored by %1 (SoP %2)</source>
        <translation>%1 तक बिजली बहाल होनी है (SoP समय-सीमा %2)</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/complaint_form.py" line="602"/>
        <source>Serial %1 of the day.</source>
        <translation>दिन की क्रम संख्या %1।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/complaint_form.py" line="604"/>
        <source>Danger call: send the lineman at once.</source>
        <translation>खतरे की कॉल: लाइनमैन को तुरंत भेजें।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/complaint_form.py" line="606"/>
        <source>Follow-up recorded on the caller&apos;s open complaint:</source>
        <translation>शिकायतकर्ता की लंबित शिकायत पर फॉलो-अप दर्ज हुआ:</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/complaint_form.py" line="610"/>
        <source>Overdue by %1 (SoP deadline was %2)</source>
        <translation>%1 विलंब (SoP समय-सीमा %2 थी)</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/complaint_form.py" line="615"/>
        <source>Supply to be restored by %1</source>
        <translation>%1 तक बिजली बहाल होनी है</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/complaint_form.py" line="616"/>
        <source>This is call %1 about this complaint; status: %2.</source>
        <translation>इस शिकायत पर यह कॉल संख्या %1 है; स्थिति: %2।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/complaint_form.py" line="622"/>
        <source>Planned shutdown of %1: supply back at %2. Tell the caller; it is no fault.</source>
        <translation>%1 पर नियोजित शटडाउन: बिजली %2 तक वापस आएगी। शिकायतकर्ता को बताएँ; यह कोई खराबी नहीं है।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/complaint_form.py" line="645"/>
        <source>Link to incident %1 (%2 on %3)</source>
        <translation>घटना %1 से जोड़ें (%3 पर %2)</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/complaint_form.py" line="652"/>
        <source>Linked to incident %1</source>
        <translation>घटना %1 से जोड़ी गई</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/complaint_form.py" line="692"/>
        <source>Discard this complaint?</source>
        <translation>यह शिकायत छोड़ दें?</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/complaint_form.py" line="693"/>
        <source>The complaint has not been saved. Discard what you typed?</source>
        <translation>शिकायत सहेजी नहीं गई है। जो लिखा है, उसे छोड़ दें?</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_form.ui" line="12"/>
        <source>Caller &amp;mobile</source>
        <translation>शिकायतकर्ता का मोबाइल (&amp;M)</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_form.ui" line="14"/>
        <source>98350 12345 or +91 98350 12345</source>
        <translation>98350 12345 या +91 98350 12345</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_form.ui" line="17"/>
        <source>Caller &amp;name</source>
        <translation>शिकायतकर्ता का नाम (&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_form.ui" line="20"/>
        <source>C&amp;onsumer number</source>
        <translation>उपभोक्ता संख्या (&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_form.ui" line="22"/>
        <source>from the electricity bill (if known)</source>
        <translation>बिजली बिल से (यदि पता हो)</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_form.ui" line="25"/>
        <source>&amp;Village / mohalla</source>
        <translation>गाँव / मोहल्ला (&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_form.ui" line="29"/>
        <source>&amp;Address</source>
        <translation>पता (&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_form.ui" line="32"/>
        <source>&amp;Landmark</source>
        <translation>लैंडमार्क (&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_form.ui" line="35"/>
        <source>&amp;Feeder</source>
        <translation>फीडर (&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_form.ui" line="39"/>
        <source>&amp;Transformer (DT)</source>
        <translation>ट्रांसफार्मर (DT) (&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_form.ui" line="43"/>
        <source>Complaint t&amp;ype</source>
        <translation>शिकायत का प्रकार (&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_form.ui" line="47"/>
        <source>C&amp;hannel</source>
        <translation>माध्यम (&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_form.ui" line="50"/>
        <source>Handle / lin&amp;k</source>
        <translation>हैंडल / लिंक (&amp;K)</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_form.ui" line="52"/>
        <source>@handle or link to the post</source>
        <translation>@हैंडल या पोस्ट का लिंक</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_form.ui" line="55"/>
        <source>Forwarded &amp;by</source>
        <translation>किसने भेजी (&amp;B)</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_form.ui" line="59"/>
        <source>&amp;Description</source>
        <translation>विवरण (&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_form.ui" line="62"/>
        <source>&amp;Received at</source>
        <translation>प्राप्ति समय (&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_form.ui" line="64"/>
        <source>dd-MM-yyyy HH:mm</source>
        <translation>dd-MM-yyyy HH:mm</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_form.ui" line="71"/>
        <source>Cancel (Esc)</source>
        <translation>रद्द करें (Esc)</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/complaint_form.py" line="397"/>
        <location filename="../../ui/complaint_form.ui" line="72"/>
        <source>&amp;Save (Enter)</source>
        <translation>सहेजें (Enter) (&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_form.ui" line="76"/>
        <source>Earlier complaints from this number</source>
        <translation>इस नंबर से पहले की शिकायतें</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_form.ui" line="80"/>
        <source>This caller&apos;s earlier complaints</source>
        <translation>इस शिकायतकर्ता की पिछली शिकायतें</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_form.ui" line="96"/>
        <source>&amp;New complaint (Ctrl+N)</source>
        <translation>नई शिकायत (Ctrl+N) (&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_form.ui" line="97"/>
        <source>&amp;Close (Enter)</source>
        <translation>बंद करें (Enter) (&amp;C)</translation>
    </message>
</context>
<context>
    <name>ConsoleDialog</name>
    <message>
        <location filename="../../fusecentre_app/gui/division_pdfs.py" line="138"/>
        <source>Division console</source>
        <translation>प्रमंडल कंसोल</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/division_pdfs.py" line="153"/>
        <source>the division</source>
        <translation>प्रमंडल</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/division_pdfs.py" line="151"/>
        <source>the console for %1, %2, %3 page(s)</source>
        <translation>%1, %2 का कंसोल, %3 पृष्ठ</translation>
    </message>
</context>
<context>
    <name>ConsolePanel</name>
    <message>
        <location filename="../../fusecentre_app/gui/console_panel.py" line="232"/>
        <source>Mo&amp;nth</source>
        <translation>माह (&amp;N)</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/console_panel.py" line="233"/>
        <source>Month</source>
        <translation>माह</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/console_panel.py" line="234"/>
        <source>All centres</source>
        <translation>सभी केंद्र</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/console_panel.py" line="235"/>
        <location filename="../../fusecentre_app/gui/console_panel.py" line="255"/>
        <location filename="../../fusecentre_app/gui/console_panel.py" line="266"/>
        <source>Centre</source>
        <translation>केंद्र</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/console_panel.py" line="236"/>
        <source>Sho&amp;w</source>
        <translation>दिखाएँ (&amp;W)</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/console_panel.py" line="237"/>
        <source>Monthl&amp;y PDF…</source>
        <translation>मासिक PDF (&amp;Z)…</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/console_panel.py" line="238"/>
        <source>Reg. 13 shee&amp;t…</source>
        <translation>Reg. 13 पत्रक (&amp;G)…</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/console_panel.py" line="239"/>
        <source>Compensation stat&amp;ement…</source>
        <translation>मुआवज़ा विवरण (&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/console_panel.py" line="240"/>
        <source>&amp;Case file…</source>
        <translation>केस फ़ाइल (&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/console_panel.py" line="242"/>
        <source>The negligence case file of the officer chosen in the ranking</source>
        <translation>रैंकिंग में चुने गए अधिकारी की लापरवाही की केस फ़ाइल</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/console_panel.py" line="244"/>
        <source>Case file…</source>
        <translation>केस फ़ाइल…</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/console_panel.py" line="245"/>
        <source>Centres: complaints received in the month</source>
        <translation>केंद्र: माह में प्राप्त शिकायतें</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/console_panel.py" line="246"/>
        <source>Median hours to restore, by type</source>
        <translation>बहाली में घंटे (माध्यिका), प्रकार अनुसार</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/console_panel.py" line="247"/>
        <source>Officers ranked (change from last month)</source>
        <translation>अधिकारियों की रैंकिंग (पिछले माह से बदलाव)</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/console_panel.py" line="248"/>
        <source>Calls funnel</source>
        <translation>कॉल से शिकायत तक</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/console_panel.py" line="249"/>
        <source>Worst feeders</source>
        <translation>सबसे खराब फीडर</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/console_panel.py" line="250"/>
        <source>Claims pending decision</source>
        <translation>निर्णय के लिए लंबित दावे</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/console_panel.py" line="256"/>
        <source>Officer</source>
        <translation>अधिकारी</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/console_panel.py" line="257"/>
        <source>Designation</source>
        <translation>पद</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/console_panel.py" line="258"/>
        <source>Assigned</source>
        <translation>सौंपी गईं</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/console_panel.py" line="259"/>
        <source>SoP breaches</source>
        <translation>SoP उल्लंघन</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/console_panel.py" line="260"/>
        <source>Unanswered</source>
        <translation>अनुत्तरित</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/console_panel.py" line="261"/>
        <source>Reopened</source>
        <translation>पुनः खुली</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/console_panel.py" line="267"/>
        <source>Calls</source>
        <translation>कॉल</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/console_panel.py" line="268"/>
        <source>Complaints</source>
        <translation>शिकायतें</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/console_panel.py" line="269"/>
        <source>Follow-ups</source>
        <translation>फॉलो-अप</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/console_panel.py" line="270"/>
        <source>By 1912</source>
        <translation>1912 से</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/console_panel.py" line="274"/>
        <source>Feeder</source>
        <translation>फीडर</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/console_panel.py" line="274"/>
        <source>SAIFI</source>
        <translation>SAIFI</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/console_panel.py" line="274"/>
        <source>SAIDI min</source>
        <translation>SAIDI मिनट</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/console_panel.py" line="277"/>
        <source>Claim</source>
        <translation>दावा</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/console_panel.py" line="277"/>
        <location filename="../../fusecentre_app/gui/console_panel.py" line="341"/>
        <source>Received</source>
        <translation>प्राप्त</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/console_panel.py" line="277"/>
        <source>Consumer</source>
        <translation>उपभोक्ता</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/console_panel.py" line="277"/>
        <source>State</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/console_panel.py" line="293"/>
        <source>Reading the month…</source>
        <translation>माह का विवरण पढ़ा जा रहा है…</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/console_panel.py" line="326"/>
        <source>The month could not be read; the log file has the details.</source>
        <translation>माह का विवरण पढ़ा नहीं जा सका; पूरा विवरण लॉग फ़ाइल में है।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/console_panel.py" line="334"/>
        <location filename="../../fusecentre_app/gui/console_panel.py" line="403"/>
        <source>Division</source>
        <translation>प्रमंडल</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/console_panel.py" line="342"/>
        <source>Pending at month end</source>
        <translation>माह के अंत में लंबित</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/console_panel.py" line="343"/>
        <source>Overdue (past SoP)</source>
        <translation>विलंबित (SoP से अधिक)</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/console_panel.py" line="344"/>
        <source>SoP met</source>
        <translation>SoP का पालन हुआ</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/console_panel.py" line="346"/>
        <source>Callbacks verified</source>
        <translation>पुष्टि कॉल से सत्यापित</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/console_panel.py" line="350"/>
        <source>False closures found</source>
        <translation>गलत तरीके से बंद पाई गईं</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/console_panel.py" line="354"/>
        <source>Inspections done / required</source>
        <translation>निरीक्षण किए / आवश्यक</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/console_panel.py" line="423"/>
        <source>Overdue</source>
        <translation>विलंबित</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/console_panel.py" line="423"/>
        <source>Awaiting</source>
        <translation>प्रतीक्षा में</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/console_panel.py" line="430"/>
        <source>the division</source>
        <translation>प्रमंडल</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/console_panel.py" line="432"/>
        <source>%1, %2: %3 officer(s), %4 claim(s) pending, %5 overdue</source>
        <translation>%1, %2: %3 अधिकारी, %4 दावे लंबित, %5 विलंबित</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../../fusecentre_app/gui/contact_panel.py" line="125"/>
        <source>Contact officer</source>
        <translation>अधिकारी से संपर्क</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/contact_panel.py" line="127"/>
        <source>Contact about %1</source>
        <translation>%1 के बारे में संपर्क</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/contact_panel.py" line="146"/>
        <source>Scan with your mobile to call</source>
        <translation>कॉल के लिए अपने मोबाइल से स्कैन करें</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/contact_panel.py" line="147"/>
        <source>Scanned: calling from my mobile</source>
        <translation>स्कैन किया: मोबाइल से कॉल</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/contact_panel.py" line="150"/>
        <source>&amp;Call</source>
        <translation>कॉल (&amp;C)</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/contact_panel.py" line="152"/>
        <source>&amp;WhatsApp</source>
        <translation>&amp;WhatsApp</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/contact_panel.py" line="154"/>
        <source>&amp;SMS</source>
        <translation>&amp;SMS</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/contact_panel.py" line="156"/>
        <source>Copy &amp;number</source>
        <translation>नंबर कॉपी (&amp;N)</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/contact_panel.py" line="158"/>
        <source>Copy &amp;message</source>
        <translation>संदेश कॉपी (&amp;M)</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/contact_panel.py" line="88"/>
        <source>Hindi</source>
        <translation>हिंदी</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/contact_panel.py" line="90"/>
        <source>English</source>
        <translation>अंग्रेज़ी</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/contact_panel.py" line="171"/>
        <source>What happened?</source>
        <translation>क्या हुआ?</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/contact_panel.py" line="97"/>
        <source>Message in</source>
        <translation>संदेश की भाषा</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/contact_panel.py" line="221"/>
        <source>Attempts</source>
        <translation>संपर्क प्रयास</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/contact_panel.py" line="277"/>
        <source>%1 (alternate)</source>
        <translation>%1 (वैकल्पिक)</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/contact_panel.py" line="297"/>
        <source>No complaint: the message is yours to type</source>
        <translation>कोई शिकायत नहीं: संदेश स्वयं लिखें</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/contact_panel.py" line="314"/>
        <source>outcome not recorded</source>
        <translation>परिणाम दर्ज नहीं</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/contact_panel.py" line="329"/>
        <source>%1: escalate to the %2.</source>
        <translation>%1: मामला %2 तक बढ़ाएँ।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/contact_panel.py" line="334"/>
        <source>Escalate to %1 %2</source>
        <translation>%1 %2 तक बढ़ाएँ</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/contact_panel.py" line="71"/>
        <source>Handed to the phone app: %1</source>
        <translation>फ़ोन ऐप को भेजा: %1</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/contact_panel.py" line="78"/>
        <source>This PC has no app for %1 links. Scan the QR code with your mobile, or copy the number or the message.</source>
        <translation>इस कंप्यूटर में %1 लिंक खोलने वाला ऐप नहीं है। अपने मोबाइल से QR कोड स्कैन करें, या नंबर अथवा संदेश कॉपी करें।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/contact_panel.py" line="395"/>
        <source>No officer answers for this complaint&apos;s feeder. Find one in the Directory tab, or set the complaint&apos;s feeder.</source>
        <translation>इस शिकायत के फीडर का कोई ज़िम्मेदार अधिकारी नहीं मिला। अधिकारी सूची टैब में खोजें, या शिकायत का फीडर भरें।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/contact_panel.py" line="405"/>
        <source>Number copied: %1</source>
        <translation>नंबर कॉपी हुआ: %1</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/contact_panel.py" line="409"/>
        <source>Message copied.</source>
        <translation>संदेश कॉपी हुआ।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/contact_panel.py" line="432"/>
        <source>Recorded: %1</source>
        <translation>दर्ज किया: %1</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/contact_panel.py" line="468"/>
        <source>Escalated to %1 %2.</source>
        <translation>मामला %1 %2 तक बढ़ाया गया।</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <location filename="../../fusecentre_app/gui/correction_dialog.py" line="43"/>
        <source>Correct %1</source>
        <translation>%1 में सुधार</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/correction_dialog.py" line="52"/>
        <location filename="../../fusecentre_app/gui/correction_dialog.py" line="147"/>
        <source>— not known —</source>
        <translation>— पता नहीं —</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/correction_dialog.py" line="69"/>
        <source>why (for example: caller gave the wrong village)</source>
        <translation>क्यों (जैसे: शिकायतकर्ता ने गलत गाँव बताया था)</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/correction_dialog.py" line="91"/>
        <source>Caller&apos;s &amp;name</source>
        <translation>शिकायतकर्ता का नाम (&amp;N)</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/correction_dialog.py" line="92"/>
        <source>&amp;Mobile</source>
        <translation>मोबाइल (&amp;M)</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/correction_dialog.py" line="93"/>
        <source>Consumer n&amp;umber</source>
        <translation>उपभोक्ता संख्या (&amp;U)</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/correction_dialog.py" line="94"/>
        <source>&amp;Village / mohalla</source>
        <translation>गाँव / मोहल्ला (&amp;V)</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/correction_dialog.py" line="95"/>
        <source>Address</source>
        <translation>पता</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/correction_dialog.py" line="96"/>
        <source>Landmark</source>
        <translation>लैंडमार्क</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/correction_dialog.py" line="97"/>
        <source>&amp;Feeder</source>
        <translation>फीडर (&amp;F)</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/correction_dialog.py" line="98"/>
        <source>Transformer</source>
        <translation>ट्रांसफार्मर</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/correction_dialog.py" line="99"/>
        <source>&amp;Kind of complaint</source>
        <translation>शिकायत का प्रकार (&amp;K)</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/correction_dialog.py" line="100"/>
        <source>C&amp;hannel</source>
        <translation>माध्यम (&amp;H)</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/correction_dialog.py" line="101"/>
        <source>Description</source>
        <translation>विवरण</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/correction_dialog.py" line="102"/>
        <source>Received &amp;at</source>
        <translation>प्राप्ति समय (&amp;A)</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/correction_dialog.py" line="103"/>
        <source>&amp;Reason for the correction</source>
        <translation>सुधार का कारण (&amp;R)</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/correction_dialog.py" line="111"/>
        <source>What was recorded is kept in the history; the correction is recorded with your name and the reason.</source>
        <translation>पहले जो दर्ज था, वह इतिहास में बना रहता है; सुधार आपके नाम और कारण के साथ दर्ज होता है।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/correction_dialog.py" line="196"/>
        <source>Nothing is changed: correct a field first.</source>
        <translation>कुछ भी नहीं बदला: पहले कोई जानकारी सुधारें।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/correction_dialog.py" line="235"/>
        <source>Your corrections are kept over it: check them and save again.</source>
        <translation>आपके सुधार उस पर बने हुए हैं: उन्हें जाँचें और फिर से सहेजें।</translation>
    </message>
</context>
<context>
    <name>DataActions</name>
    <message>
        <location filename="../../fusecentre_app/gui/data_actions.py" line="41"/>
        <source>E&amp;xport complaints…</source>
        <translation>शिकायतें निर्यात करें (&amp;X)…</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/data_actions.py" line="42"/>
        <source>Take i&amp;n a list…</source>
        <translation>सूची से शिकायतें दर्ज करें (&amp;N)…</translation>
    </message>
</context>
<context>
    <name>DeactivateDialog</name>
    <message>
        <location filename="../../fusecentre_app/gui/accounts_panel.py" line="286"/>
        <source>Deactivate %1</source>
        <translation>%1 को निष्क्रिय करें</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/accounts_panel.py" line="287"/>
        <source>for example: transferred to Dumraon</source>
        <translation>जैसे: डुमरांव तबादला हुआ</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/accounts_panel.py" line="289"/>
        <source>%1 will no longer sign in; everything they did still names them.</source>
        <translation>%1 अब साइन इन नहीं कर पाएँगे; उन्होंने जो भी किया, उस पर उनका नाम बना रहेगा।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/accounts_panel.py" line="293"/>
        <source>&amp;Reason</source>
        <translation>कारण (&amp;R)</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/accounts_panel.py" line="300"/>
        <source>Deactivated %1.</source>
        <translation>%1 निष्क्रिय किया गया।</translation>
    </message>
</context>
<context>
    <name>DeskNotices</name>
    <message>
        <location filename="../../fusecentre_app/gui/notices.py" line="94"/>
        <source>Show</source>
        <translation>दिखाएँ</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/notices.py" line="95"/>
        <source>Dismiss</source>
        <translation>हटाएँ</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/notices.py" line="117"/>
        <source>Notices could not be read just now.</source>
        <translation>सूचनाएँ अभी पढ़ी नहीं जा सकीं।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/notices.py" line="134"/>
        <source>Overdue: %1 · danger calls waiting: %2</source>
        <translation>विलंबित: %1 · प्रतीक्षा में खतरे की कॉल: %2</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/notices.py" line="154"/>
        <source>Danger call %1 has waited since %2 with nobody assigned.</source>
        <translation>खतरे की कॉल %1 किसी को सौंपे बिना %2 बजे से प्रतीक्षा में है।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/notices.py" line="156"/>
        <source>Complaint %1 passed its SoP deadline at %2.</source>
        <translation>शिकायत %1 की SoP समय-सीमा %2 बजे निकल गई।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/notices.py" line="159"/>
        <source>And %1 more.</source>
        <translation>और %1 अन्य।</translation>
    </message>
</context>
<context>
    <name>DeskOp</name>
    <message>
        <location filename="../../fusecentre_app/gui/operations.py" line="67"/>
        <source>Something went wrong and nothing was saved (your entries are kept); the details are in the log file %1.</source>
        <translation>कुछ गड़बड़ हो गई और कुछ भी सहेजा नहीं गया (आपकी भरी हुई जानकारी बनी हुई है); पूरा विवरण लॉग फ़ाइल %1 में है।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/operations.py" line="127"/>
        <source>Not done</source>
        <translation>नहीं हुआ</translation>
    </message>
</context>
<context>
    <name>DetailsPanel</name>
    <message>
        <location filename="../../fusecentre_app/gui/details_panel.py" line="180"/>
        <location filename="../../fusecentre_app/gui/details_panel.py" line="289"/>
        <source>Choose a complaint in the queue.</source>
        <translation>कतार में से कोई शिकायत चुनें।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/details_panel.py" line="196"/>
        <source>Officer to assign</source>
        <translation>किस अधिकारी को सौंपें</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/details_panel.py" line="181"/>
        <source>Assi&amp;gn</source>
        <translation>सौंपें (&amp;G)</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/details_panel.py" line="182"/>
        <source>A&amp;ttended</source>
        <translation>पहुँचे (&amp;P)</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/details_panel.py" line="197"/>
        <source>What was done</source>
        <translation>क्या किया गया</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/details_panel.py" line="198"/>
        <source>note (what was done, callback remark)</source>
        <translation>टिप्पणी (क्या किया गया, पुष्टि कॉल की बात)</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/details_panel.py" line="183"/>
        <source>&amp;Resolved</source>
        <translation>निवारण हुआ (&amp;R)</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/details_panel.py" line="184"/>
        <source>Callback: r&amp;estored</source>
        <translation>बहाल हुई (&amp;E)</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/details_panel.py" line="185"/>
        <source>Callback: &amp;not restored</source>
        <translation>बहाल नहीं (&amp;N)</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/details_panel.py" line="186"/>
        <source>Callback: &amp;unreachable</source>
        <translation>संपर्क नहीं (&amp;U)</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/details_panel.py" line="187"/>
        <source>Call &amp;back the consumer…</source>
        <translation>उपभोक्ता को पुष्टि कॉल (&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/details_panel.py" line="188"/>
        <source>— what was done? —</source>
        <translation>— क्या किया गया? —</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/details_panel.py" line="199"/>
        <source>reason (invalid / not this fault / wrong click)</source>
        <translation>कारण (अमान्य / यह खराबी नहीं / गलत क्लिक)</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/details_panel.py" line="200"/>
        <source>duplicate of docket…</source>
        <translation>किस डॉकेट की दोहरी…</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/details_panel.py" line="201"/>
        <source>Docket it duplicates</source>
        <translation>जिस डॉकेट की यह दोहरी शिकायत है</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/details_panel.py" line="300"/>
        <source>Restored %1 h after the SoP deadline</source>
        <translation>SoP समय-सीमा के %1 घंटे बाद बहाल</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/details_panel.py" line="304"/>
        <source>%1 h past the SoP deadline, not restored yet</source>
        <translation>SoP समय-सीमा से %1 घंटे अधिक, अभी बहाल नहीं</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/details_panel.py" line="308"/>
        <source>compensation Rs %1 to each consumer of %2</source>
        <translation>%2 के हर उपभोक्ता को मुआवज़ा Rs %1</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/details_panel.py" line="313"/>
        <source>compensation Rs %1</source>
        <translation>मुआवज़ा Rs %1</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/details_panel.py" line="315"/>
        <source>no compensation in the SoP table</source>
        <translation>SoP तालिका में कोई मुआवज़ा नहीं</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/details_panel.py" line="363"/>
        <source>Planned shutdown of %1 from %2: supply back at %3 (%4)</source>
        <translation>%1 पर %2 से नियोजित शटडाउन: बिजली %3 तक वापस (%4)</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/details_panel.py" line="558"/>
        <source>Cancel this complaint?</source>
        <translation>यह शिकायत रद्द करें?</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/details_panel.py" line="559"/>
        <source>Cancel %1 (%2)? It stays on record as cancelled and leaves the queue.</source>
        <translation>%1 (%2) रद्द करें? यह रिकॉर्ड में रद्द के रूप में बनी रहेगी और कतार से हट जाएगी।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/details_panel.py" line="563"/>
        <source>duplicate of %1</source>
        <translation>डॉकेट %1 की दोहरी शिकायत</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/details_panel.py" line="194"/>
        <source>Correct detai&amp;ls…</source>
        <translation>विवरण सुधारें (&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/details_panel.py" line="508"/>
        <source>Reverse %1 of %2 (within 10 minutes, with a reason)</source>
        <translation>%2 की कार्रवाई (%1) वापस लें (10 मिनट के भीतर, कारण सहित)</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/details_panel.py" line="191"/>
        <source>Cancel complaint</source>
        <translation>शिकायत रद्द करें</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/details_panel.py" line="192"/>
        <source>Take out of incident</source>
        <translation>घटना से हटाएँ</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/details_panel.py" line="193"/>
        <source>Re&amp;verse my last action</source>
        <translation>मेरी पिछली कार्रवाई वापस लें (&amp;V)</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/details_panel.py" line="195"/>
        <source>&amp;Contact responsible officer…</source>
        <translation>ज़िम्मेदार अधिकारी से संपर्क (&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/details_panel.py" line="202"/>
        <source>Note</source>
        <translation>टिप्पणी</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/details_panel.py" line="203"/>
        <source>Reason</source>
        <translation>कारण</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/details_panel.py" line="205"/>
        <source>Actions</source>
        <translation>कार्रवाई</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/details_panel.py" line="204"/>
        <location filename="../../fusecentre_app/gui/details_panel.py" line="206"/>
        <source>History</source>
        <translation>इतिहास</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/details_panel.py" line="344"/>
        <source> — danger call</source>
        <translation> — खतरे की कॉल</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/details_panel.py" line="350"/>
        <source>SoP due %1 · officer: %2 · calls: %3 · callbacks: %4 · reopened: %5</source>
        <translation>SoP समय-सीमा %1 · अधिकारी: %2 · कॉल: %3 · पुष्टि कॉल: %4 · पुनः खुली: %5</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/details_panel.py" line="372"/>
        <source>Part of incident %1: resolved with it; its own callback still due</source>
        <translation>घटना %1 का हिस्सा: उसी के साथ निवारण; इसकी अपनी पुष्टि कॉल अभी बाकी</translation>
    </message>
</context>
<context>
    <name>DirectoryPanel</name>
    <message>
        <location filename="../../fusecentre_app/gui/directory_panel.py" line="104"/>
        <source>Search name, mobile, feeder or village</source>
        <translation>नाम, मोबाइल, फीडर या गाँव खोजें</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/directory_panel.py" line="105"/>
        <source>&amp;Contact…</source>
        <translation>संपर्क (&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/directory_panel.py" line="106"/>
        <source>Imp&amp;ort CSV/Excel…</source>
        <translation>CSV/Excel आयात (&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/directory_panel.py" line="107"/>
        <source>&amp;Export CSV…</source>
        <translation>CSV निर्यात (&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/directory_panel.py" line="108"/>
        <source>Officers by rank</source>
        <translation>पदवार अधिकारी</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/directory_panel.py" line="111"/>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/directory_panel.py" line="112"/>
        <source>Designation</source>
        <translation>पद</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/directory_panel.py" line="113"/>
        <source>Mobile</source>
        <translation>मोबाइल</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/directory_panel.py" line="114"/>
        <source>Alternate</source>
        <translation>वैकल्पिक</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/directory_panel.py" line="115"/>
        <source>Employee id</source>
        <translation>कर्मचारी आईडी</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/directory_panel.py" line="116"/>
        <source>Jurisdiction</source>
        <translation>कार्यक्षेत्र</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/directory_panel.py" line="152"/>
        <source>feeders %1</source>
        <translation>फीडर %1</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/directory_panel.py" line="193"/>
        <source>%1 officer(s)</source>
        <translation>अधिकारी: %1</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/directory_panel.py" line="214"/>
        <source>Choose an officer first.</source>
        <translation>पहले कोई अधिकारी चुनें।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/directory_panel.py" line="226"/>
        <location filename="../../fusecentre_app/gui/directory_panel.py" line="246"/>
        <source>Import officer directory</source>
        <translation>अधिकारी सूची आयात करें</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/directory_panel.py" line="228"/>
        <source>Spreadsheets (*.csv *.xlsx);;CSV files (*.csv);;Excel workbooks (*.xlsx)</source>
        <translation>स्प्रेडशीट (*.csv *.xlsx);;CSV फ़ाइलें (*.csv);;Excel वर्कबुक (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/directory_panel.py" line="298"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV फ़ाइलें (*.csv)</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/directory_panel.py" line="277"/>
        <location filename="../../fusecentre_app/gui/directory_panel.py" line="282"/>
        <source>Not imported</source>
        <translation>आयात नहीं हुआ</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/directory_panel.py" line="103"/>
        <source>Search officers</source>
        <translation>अधिकारी खोजें</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/directory_panel.py" line="247"/>
        <source>%1: %2 to add, %3 to update, %4 unchanged. Import now?</source>
        <translation>%1: %2 जोड़ने हैं, %3 बदलने हैं, %4 में कोई बदलाव नहीं। अभी आयात करें?</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/directory_panel.py" line="266"/>
        <source>Imported %1: %2 added, %3 updated, %4 unchanged.</source>
        <translation>%1 आयात हुआ: %2 जोड़े, %3 बदले, %4 में कोई बदलाव नहीं।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/directory_panel.py" line="284"/>
        <source>%1 was not imported: %2 problem(s). Nothing was changed.</source>
        <translation>%1 आयात नहीं हुआ (समस्याएँ: %2)। कुछ भी नहीं बदला गया।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/directory_panel.py" line="296"/>
        <source>Export officer directory</source>
        <translation>अधिकारी सूची निर्यात करें</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/directory_panel.py" line="311"/>
        <source>Exported %1 officers to %2.</source>
        <translation>%1 अधिकारी %2 में निर्यात हुए।</translation>
    </message>
</context>
<context>
    <name>DocketDialog</name>
    <message>
        <location filename="../../fusecentre_app/gui/docket_dialog.py" line="75"/>
        <source>Docket %1 for the caller</source>
        <translation>शिकायतकर्ता के लिए डॉकेट %1</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/docket_dialog.py" line="88"/>
        <source>Scan with the centre&apos;s mobile to send this SMS</source>
        <translation>यह SMS भेजने के लिए केंद्र के मोबाइल से स्कैन करें</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/docket_dialog.py" line="90"/>
        <source>Send &amp;SMS</source>
        <translation>SMS भेजें (&amp;S)</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/docket_dialog.py" line="92"/>
        <source>Scanned: sent from the centre&apos;s &amp;mobile</source>
        <translation>स्कैन किया: केंद्र के मोबाइल से भेजा (&amp;M)</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/docket_dialog.py" line="94"/>
        <source>&amp;Print docket slip…</source>
        <translation>डॉकेट पर्ची प्रिंट करें (&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/docket_dialog.py" line="124"/>
        <source>Given to the caller</source>
        <translation>शिकायतकर्ता को दिया गया</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/docket_dialog.py" line="130"/>
        <source>No caller mobile: print a docket slip for the caller.</source>
        <translation>शिकायतकर्ता का मोबाइल नंबर नहीं है: उनके लिए डॉकेट पर्ची प्रिंट करें।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/docket_dialog.py" line="134"/>
        <source>To the caller: %1</source>
        <translation>शिकायतकर्ता को: %1</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/docket_dialog.py" line="187"/>
        <source>SMS handed to the phone app</source>
        <translation>SMS फ़ोन ऐप को भेजा</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/docket_dialog.py" line="188"/>
        <source>SMS sent from the centre&apos;s mobile</source>
        <translation>केंद्र के मोबाइल से SMS भेजा</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/docket_dialog.py" line="189"/>
        <source>docket slip printed</source>
        <translation>डॉकेट पर्ची प्रिंट हुई</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/docket_dialog.py" line="193"/>
        <source>On record: %1.</source>
        <translation>रिकॉर्ड में दर्ज: %1।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/docket_dialog.py" line="228"/>
        <source>Printing cancelled.</source>
        <translation>प्रिंट रद्द किया गया।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/docket_dialog.py" line="229"/>
        <source>Sending the docket slip to the printer…</source>
        <translation>डॉकेट पर्ची प्रिंटर को भेजी जा रही है…</translation>
    </message>
</context>
<context>
    <name>ExportComplaintsDialog</name>
    <message>
        <location filename="../../fusecentre_app/gui/export_dialog.py" line="41"/>
        <location filename="../../fusecentre_app/gui/export_dialog.py" line="77"/>
        <source>Export complaints</source>
        <translation>शिकायतें निर्यात करें</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/export_dialog.py" line="51"/>
        <source>Complaints received at %1 on these days, in English and Hindi.</source>
        <translation>इन दिनों में %1 केंद्र पर प्राप्त शिकायतें, अंग्रेज़ी और हिंदी में।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/export_dialog.py" line="57"/>
        <source>&amp;Export…</source>
        <translation>निर्यात करें (&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/export_dialog.py" line="64"/>
        <source>&amp;From</source>
        <translation>आरंभ तिथि (&amp;F)</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/export_dialog.py" line="65"/>
        <source>&amp;To</source>
        <translation>अंतिम तिथि (&amp;T)</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/export_dialog.py" line="94"/>
        <source>Exported %1 complaint(s) to %2.</source>
        <translation>%1 शिकायतें %2 में निर्यात हुईं।</translation>
    </message>
</context>
<context>
    <name>FaultsBar</name>
    <message>
        <location filename="../../fusecentre_app/gui/incidents_bar.py" line="45"/>
        <source>Feeder trip</source>
        <translation>फीडर ट्रिप</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/incidents_bar.py" line="46"/>
        <source>DT failure</source>
        <translation>DT खराबी</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/incidents_bar.py" line="145"/>
        <source>Probable feeder fault: %1 %2 / %3 — %4 complaints in %5 min (%6 to %7, last %8 ago). Send one crew to the feeder.</source>
        <translation>संभावित फीडर खराबी: %1 %2 / %3 — %5 मिनट में %4 शिकायतें (%6 से %7, अंतिम %8 पहले)। फीडर पर एक ही टीम भेजें।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/incidents_bar.py" line="160"/>
        <location filename="../../fusecentre_app/gui/incidents_bar.py" line="200"/>
        <source>Show</source>
        <translation>दिखाएँ</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/incidents_bar.py" line="163"/>
        <source>Confirm as incident…</source>
        <translation>घटना के रूप में पुष्टि करें…</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/incidents_bar.py" line="174"/>
        <source>Incident %1: %2 on %3 since %4 (%5) — %6 complaint(s) linked, %7 still open</source>
        <translation>घटना %1: %3 पर %2, %4 से (%5) — जुड़ी शिकायतें: %6, अभी लंबित: %7</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/incidents_bar.py" line="192"/>
        <source>Link %1 new call(s)</source>
        <translation>%1 नई कॉल जोड़ें</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/incidents_bar.py" line="196"/>
        <source>Open complaints from this feeder logged since the incident was opened</source>
        <translation>घटना खुलने के बाद इस फीडर से दर्ज लंबित शिकायतें</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/incidents_bar.py" line="203"/>
        <source>Resolve incident…</source>
        <translation>घटना का निवारण…</translation>
    </message>
</context>
<context>
    <name>FeedersWindow</name>
    <message>
        <location filename="../../fusecentre_app/gui/feeders_window.py" line="48"/>
        <source>Feeders and their consumers</source>
        <translation>फीडर और उनके उपभोक्ता</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/feeders_window.py" line="51"/>
        <source>The feeder chosen in the list</source>
        <translation>सूची में चुना गया फीडर</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/feeders_window.py" line="52"/>
        <location filename="../../fusecentre_app/gui/feeders_window.py" line="170"/>
        <source>Choose a feeder in the list.</source>
        <translation>सूची में से कोई फीडर चुनें।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/feeders_window.py" line="58"/>
        <location filename="../../fusecentre_app/gui/feeders_window.py" line="135"/>
        <source>urban</source>
        <translation>शहरी</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/feeders_window.py" line="59"/>
        <location filename="../../fusecentre_app/gui/feeders_window.py" line="135"/>
        <source>rural</source>
        <translation>ग्रामीण</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/feeders_window.py" line="60"/>
        <source>Predominantly a&amp;gricultural load</source>
        <translation>मुख्यतः कृषि भार (&amp;G)</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/feeders_window.py" line="63"/>
        <source>&amp;Save the feeder&apos;s facts</source>
        <translation>फीडर का विवरण सहेजें (&amp;S)</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/feeders_window.py" line="67"/>
        <source>&amp;Consumers connected</source>
        <translation>जुड़े उपभोक्ता (&amp;C)</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/feeders_window.py" line="68"/>
        <source>&amp;Area</source>
        <translation>क्षेत्र (&amp;A)</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/feeders_window.py" line="70"/>
        <source>Takes &amp;effect from</source>
        <translation>कब से लागू (&amp;E)</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/feeders_window.py" line="73"/>
        <source>The chosen feeder&apos;s transformers (DTs)</source>
        <translation>चुने गए फीडर के ट्रांसफार्मर (DT)</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/feeders_window.py" line="83"/>
        <source>Save the &amp;DT&apos;s consumers</source>
        <translation>DT के उपभोक्ता सहेजें (&amp;D)</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/feeders_window.py" line="86"/>
        <source>Consumers connected to the chosen DT</source>
        <translation>चुने गए DT से जुड़े उपभोक्ता</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/feeders_window.py" line="129"/>
        <source>%1 feeder(s) of %2; %3 consumers connected</source>
        <translation>%2 के %1 फीडर; %3 उपभोक्ता जुड़े</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/feeders_window.py" line="134"/>
        <source>yes</source>
        <translation>हाँ</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/feeders_window.py" line="134"/>
        <source>no</source>
        <translation>नहीं</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/feeders_window.py" line="138"/>
        <source>Feeder</source>
        <translation>फीडर</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/feeders_window.py" line="139"/>
        <location filename="../../fusecentre_app/gui/feeders_window.py" line="183"/>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/feeders_window.py" line="140"/>
        <source>PSS</source>
        <translation>PSS</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/feeders_window.py" line="141"/>
        <source>Area</source>
        <translation>क्षेत्र</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/feeders_window.py" line="142"/>
        <source>Agricultural</source>
        <translation>कृषि</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/feeders_window.py" line="143"/>
        <location filename="../../fusecentre_app/gui/feeders_window.py" line="183"/>
        <source>Consumers</source>
        <translation>उपभोक्ता</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/feeders_window.py" line="144"/>
        <source>Since</source>
        <translation>कब से</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/feeders_window.py" line="145"/>
        <source>On its DTs</source>
        <translation>इसके DT पर</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/feeders_window.py" line="183"/>
        <source>DT</source>
        <translation>DT</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/feeders_window.py" line="210"/>
        <source>Consumers connected must be a whole number.</source>
        <translation>जुड़े उपभोक्ताओं की संख्या पूर्ण संख्या होनी चाहिए।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/feeders_window.py" line="216"/>
        <source>Choose the feeder in the list.</source>
        <translation>सूची में फीडर चुनें।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/feeders_window.py" line="234"/>
        <source>%1: %2 consumers, %3, from %4; on record.</source>
        <translation>%1: %2 उपभोक्ता, %3, %4 से; रिकॉर्ड में दर्ज।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/feeders_window.py" line="240"/>
        <source>%1 already has these facts from %2: nothing to record.</source>
        <translation>%1 में %2 से यही विवरण पहले से है: दर्ज करने को कुछ नहीं।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/feeders_window.py" line="249"/>
        <source>Choose the DT in the feeder&apos;s list of transformers.</source>
        <translation>फीडर की ट्रांसफार्मर सूची में DT चुनें।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/feeders_window.py" line="260"/>
        <source>%1: %2 consumers connected; on record.</source>
        <translation>%1: %2 उपभोक्ता जुड़े; रिकॉर्ड में दर्ज।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/feeders_window.py" line="264"/>
        <source>%1 already has %2 consumers connected: nothing to record.</source>
        <translation>%1 में पहले से %2 उपभोक्ता जुड़े हैं: दर्ज करने को कुछ नहीं।</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../fusecentre_app/gui/first_run.py" line="35"/>
        <source>Set up this desk — Fuse Call Centre Desk</source>
        <translation>यह डेस्क तैयार करें — फ्यूज कॉल सेंटर डेस्क</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/first_run.py" line="37"/>
        <source>Set up this desk</source>
        <translation>यह डेस्क तैयार करें</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/first_run.py" line="41"/>
        <source>Load the &amp;demo division (Buxar)</source>
        <translation>डेमो प्रमंडल (बक्सर) लोड करें (&amp;D)</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/first_run.py" line="43"/>
        <source>Demo division with sample &amp;complaints</source>
        <translation>नमूना शिकायतों के साथ डेमो प्रमंडल (&amp;C)</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/first_run.py" line="67"/>
        <source>This desk&apos;s &amp;centre</source>
        <translation>इस डेस्क का केंद्र (&amp;E)</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/first_run.py" line="68"/>
        <source>Your full &amp;name</source>
        <translation>आपका पूरा नाम (&amp;N)</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/first_run.py" line="69"/>
        <source>&amp;User name</source>
        <translation>यूज़र नाम (&amp;U)</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/first_run.py" line="70"/>
        <source>&amp;Password (10 or more)</source>
        <translation>पासवर्ड (10 या अधिक अक्षर) (&amp;P)</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/first_run.py" line="85"/>
        <source>Store: %1</source>
        <translation>डेटाबेस: %1</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/first_run.py" line="110"/>
        <source>Choose the centre this desk serves and create the first account: the administrator, who then adds an account for each clerk and supervisor.</source>
        <translation>यह डेस्क जिस केंद्र के लिए है, उसे चुनें और पहला खाता बनाएँ: प्रशासक का, जो फिर हर क्लर्क और पर्यवेक्षक के लिए खाता जोड़ेगा।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/first_run.py" line="71"/>
        <source>Password &amp;again</source>
        <translation>पासवर्ड दोबारा (&amp;A)</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/first_run.py" line="76"/>
        <source>Create user and start</source>
        <translation>यूज़र बनाएँ और शुरू करें</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/first_run.py" line="78"/>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/first_run.py" line="117"/>
        <source>This database is empty. Load the division&apos;s centres, feeders and officers first; the demo division is modelled on Buxar.</source>
        <translation>यह डेटाबेस खाली है। पहले प्रमंडल के केंद्र, फीडर और अधिकारी लोड करें; डेमो प्रमंडल बक्सर पर आधारित है।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/first_run.py" line="161"/>
        <source>Load the division first, then choose this desk&apos;s centre.</source>
        <translation>पहले प्रमंडल लोड करें, फिर इस डेस्क का केंद्र चुनें।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/first_run.py" line="164"/>
        <source>The two passwords differ.</source>
        <translation>दोनों पासवर्ड अलग-अलग हैं।</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <location filename="../../fusecentre_app/gui/pdf_dialogs.py" line="418"/>
        <source>Shift handover</source>
        <translation>पाली हस्तांतरण</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/pdf_dialogs.py" line="421"/>
        <source>note for the incoming clerk</source>
        <translation>आने वाले क्लर्क के लिए टिप्पणी</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/pdf_dialogs.py" line="422"/>
        <source>Note for the incoming clerk</source>
        <translation>आने वाले क्लर्क के लिए टिप्पणी</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/pdf_dialogs.py" line="419"/>
        <location filename="../../fusecentre_app/gui/pdf_dialogs.py" line="420"/>
        <source>At</source>
        <translation>समय</translation>
    </message>
</context>
<context>
    <name>IncidentDialog</name>
    <message>
        <location filename="../../fusecentre_app/gui/incidents_bar.py" line="252"/>
        <source>Confirm incident on %1</source>
        <translation>%1 पर घटना की पुष्टि</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/incidents_bar.py" line="277"/>
        <source>what is known: breaker tripped, JE informed …</source>
        <translation>क्या पता है: ब्रेकर ट्रिप, कनीय अभियंता (JE) को सूचना …</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/incidents_bar.py" line="285"/>
        <source>Confirm incident</source>
        <translation>घटना की पुष्टि करें</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/incidents_bar.py" line="286"/>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/incidents_bar.py" line="290"/>
        <source>Fault</source>
        <translation>खराबी</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/incidents_bar.py" line="291"/>
        <source>Transformer</source>
        <translation>ट्रांसफार्मर</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/incidents_bar.py" line="294"/>
        <source>Complaints caused by it</source>
        <translation>इससे हुई शिकायतें</translation>
    </message>
</context>
<context>
    <name>InspectionPanel</name>
    <message>
        <location filename="../../fusecentre_app/gui/inspection_panel.py" line="45"/>
        <source>Supply restored</source>
        <translation>बिजली बहाल</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/inspection_panel.py" line="46"/>
        <source>Not restored</source>
        <translation>बहाल नहीं</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/inspection_panel.py" line="47"/>
        <source>Unreachable</source>
        <translation>संपर्क नहीं हुआ</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/inspection_panel.py" line="48"/>
        <source>No complaint made</source>
        <translation>शिकायत नहीं की थी</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/inspection_panel.py" line="49"/>
        <source>Not called (say why)</source>
        <translation>कॉल नहीं की (कारण लिखें)</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/inspection_panel.py" line="52"/>
        <source>Docket</source>
        <translation>डॉकेट</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/inspection_panel.py" line="53"/>
        <source>Consumer</source>
        <translation>उपभोक्ता</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/inspection_panel.py" line="54"/>
        <source>Mobile</source>
        <translation>मोबाइल</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/inspection_panel.py" line="55"/>
        <source>Village</source>
        <translation>गाँव</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/inspection_panel.py" line="56"/>
        <source>Type</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/inspection_panel.py" line="57"/>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/inspection_panel.py" line="58"/>
        <source>Result</source>
        <translation>परिणाम</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/inspection_panel.py" line="59"/>
        <source>Note, or why not called</source>
        <translation>टिप्पणी, या कॉल न करने का कारण</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/inspection_panel.py" line="60"/>
        <location filename="../../fusecentre_app/gui/inspection_panel.py" line="189"/>
        <location filename="../../fusecentre_app/gui/inspection_panel.py" line="364"/>
        <source>Call</source>
        <translation>कॉल</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/inspection_panel.py" line="164"/>
        <source>Open &amp;register…</source>
        <translation>पंजी खोलें (&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/inspection_panel.py" line="167"/>
        <source>digest printed on the register (optional)</source>
        <translation>पंजी पर छपा डाइजेस्ट (वैकल्पिक)</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/inspection_panel.py" line="168"/>
        <source>&amp;Check digest</source>
        <translation>डाइजेस्ट जाँचें (&amp;C)</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/inspection_panel.py" line="170"/>
        <source>How many closed complaints to draw</source>
        <translation>कितनी बंद शिकायतें चुनी जाएँ</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/inspection_panel.py" line="171"/>
        <source>Dra&amp;w sample to call back</source>
        <translation>पुष्टि कॉल हेतु नमूना चुनें (&amp;W)</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/inspection_panel.py" line="172"/>
        <source>Draw a&amp;gain (both draws stay on record)</source>
        <translation>फिर से चुनें (दोनों चयन रिकॉर्ड में रहेंगे) (&amp;G)</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/inspection_panel.py" line="174"/>
        <source>Inspection remarks</source>
        <translation>निरीक्षण टिप्पणी</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/inspection_panel.py" line="175"/>
        <source>&amp;Finish and save report…</source>
        <translation>पूरा करें, रिपोर्ट सहेजें (&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/inspection_panel.py" line="176"/>
        <source>Print r&amp;eport…</source>
        <translation>रिपोर्ट प्रिंट करें (&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/inspection_panel.py" line="165"/>
        <location filename="../../fusecentre_app/gui/inspection_panel.py" line="166"/>
        <source>Day</source>
        <translation>दिनांक</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/inspection_panel.py" line="169"/>
        <source>Closed complaints to call back</source>
        <translation>पुष्टि कॉल हेतु बंद शिकायतें</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/inspection_panel.py" line="222"/>
        <source>Type the digest printed on the register.</source>
        <translation>पंजी पर छपा डाइजेस्ट लिखें।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/inspection_panel.py" line="243"/>
        <source>The printed register matches the records.</source>
        <translation>छपी पंजी रिकॉर्ड से मेल खाती है।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/inspection_panel.py" line="245"/>
        <source>Recorded through the desk since: %1.</source>
        <translation>उसके बाद डेस्क से दर्ज: %1।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/inspection_panel.py" line="250"/>
        <source>these events no longer match their hashes: %1</source>
        <translation>ये प्रविष्टियाँ अब अपने हैश से मेल नहीं खातीं: %1</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/inspection_panel.py" line="254"/>
        <source>these complaints no longer agree with their history: %1</source>
        <translation>ये शिकायतें अब अपने इतिहास से मेल नहीं खातीं: %1</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/inspection_panel.py" line="258"/>
        <source>the day&apos;s records were changed outside the desk</source>
        <translation>दिन के रिकॉर्ड डेस्क के बाहर बदले गए</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/inspection_panel.py" line="259"/>
        <source>DOES NOT MATCH the records: %1.</source>
        <translation>रिकॉर्ड से मेल नहीं खाती: %1।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/inspection_panel.py" line="318"/>
        <source>Inspection %1, draw %2: %3 of %4 closed complaints with a mobile, drawn at random and on record. Call each consumer, or say why not.</source>
        <translation>निरीक्षण %1, चयन %2: मोबाइल नंबर वाली %4 बंद शिकायतों में से %3 रैंडम चुनी गईं और रिकॉर्ड में दर्ज हुईं। हर उपभोक्ता को कॉल करें, या कॉल न करने का कारण लिखें।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/inspection_panel.py" line="194"/>
        <source>— not called yet —</source>
        <translation>— अभी कॉल नहीं —</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/inspection_panel.py" line="186"/>
        <location filename="../../fusecentre_app/gui/inspection_panel.py" line="353"/>
        <source>Note, or why the consumer was not called</source>
        <translation>टिप्पणी, या उपभोक्ता को कॉल न करने का कारण</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/inspection_panel.py" line="374"/>
        <source>This PC has no app for tel: links; dial %1.</source>
        <translation>इस कंप्यूटर में tel: लिंक का ऐप नहीं है; %1 डायल करें।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/inspection_panel.py" line="419"/>
        <source>Save inspection report</source>
        <translation>निरीक्षण रिपोर्ट सहेजें</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/inspection_panel.py" line="421"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF फ़ाइलें (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/inspection_panel.py" line="424"/>
        <source>Inspection %1 finished; its remarks will print in the register.</source>
        <translation>निरीक्षण %1 पूरा हुआ; इसकी टिप्पणी पंजी में छपेगी।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/inspection_panel.py" line="444"/>
        <source>The report could not be written to %1: %2</source>
        <translation>रिपोर्ट %1 में नहीं लिखी जा सकी: %2</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/inspection_panel.py" line="455"/>
        <source>Report saved.</source>
        <translation>रिपोर्ट सहेजी गई।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/inspection_panel.py" line="499"/>
        <source>Report sent to %1 (on record).</source>
        <translation>रिपोर्ट %1 को भेजी गई (रिकॉर्ड में दर्ज)।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/inspection_panel.py" line="507"/>
        <source>Printing cancelled; nothing on record.</source>
        <translation>प्रिंट रद्द किया गया; रिकॉर्ड में कुछ दर्ज नहीं हुआ।</translation>
    </message>
</context>
<context>
    <name>IntakeDialog</name>
    <message>
        <location filename="../../fusecentre_app/gui/intake_dialog.py" line="48"/>
        <location filename="../../fusecentre_app/gui/intake_dialog.py" line="95"/>
        <location filename="../../fusecentre_app/gui/intake_dialog.py" line="185"/>
        <source>Take in a list of complaints</source>
        <translation>सूची से शिकायतें दर्ज करें</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/intake_dialog.py" line="53"/>
        <source>No file chosen</source>
        <translation>कोई फ़ाइल नहीं चुनी गई</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/intake_dialog.py" line="55"/>
        <source>&amp;Choose file…</source>
        <translation>फ़ाइल चुनें (&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/intake_dialog.py" line="62"/>
        <source>Columns: received_at, ref_1912 (for 1912 lists), caller_mobile, caller_name, consumer_no, locality, address, landmark, feeder, type, description.</source>
        <translation>कॉलम: received_at, ref_1912 (1912 की सूचियों के लिए), caller_mobile, caller_name, consumer_no, locality, address, landmark, feeder, type, description।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/intake_dialog.py" line="66"/>
        <source>&amp;Log complaints</source>
        <translation>शिकायतें दर्ज करें (&amp;L)</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/intake_dialog.py" line="76"/>
        <source>&amp;From</source>
        <translation>माध्यम (&amp;F)</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/intake_dialog.py" line="77"/>
        <source>File</source>
        <translation>फ़ाइल</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/intake_dialog.py" line="126"/>
        <source>%1: %2 complaint(s) to log, %3 already logged.</source>
        <translation>%1: %2 शिकायतें दर्ज करनी हैं, %3 पहले से दर्ज हैं।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/intake_dialog.py" line="128"/>
        <source>%1: nothing new; all %3 rows were logged already.</source>
        <translation>%1: कुछ नया नहीं; सभी %3 पंक्तियाँ पहले से दर्ज हैं।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/intake_dialog.py" line="134"/>
        <source>%1 row(s) will be recorded as follow-up calls on open complaints:</source>
        <translation>%1 पंक्ति(याँ) लंबित शिकायतों पर दोबारा कॉल के रूप में दर्ज होंगी:</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/intake_dialog.py" line="138"/>
        <source>&amp;Log %1 complaint(s) and %2 follow-up call(s)</source>
        <translation>%1 शिकायत(ें) और %2 दोबारा कॉल दर्ज करें (&amp;L)</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/intake_dialog.py" line="142"/>
        <source>&amp;Log %1 complaint(s)</source>
        <translation>%1 शिकायतें दर्ज करें (&amp;L)</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/intake_dialog.py" line="150"/>
        <source>row %1: on %2</source>
        <translation>पंक्ति %1: %2 पर</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/intake_dialog.py" line="152"/>
        <source>row %1: on the new complaint of row %2</source>
        <translation>पंक्ति %1: पंक्ति %2 की नई शिकायत पर</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/intake_dialog.py" line="163"/>
        <source>%1 cannot be taken in: %2 problem(s). Nothing was logged; put the file right and choose it again.</source>
        <translation>%1 से शिकायतें नहीं ली जा सकतीं (समस्याएँ: %2)। कुछ भी दर्ज नहीं हुआ; फ़ाइल ठीक करें और उसे फिर से चुनें।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/intake_dialog.py" line="178"/>
        <source>Logging %1…</source>
        <translation>%1 से शिकायतें दर्ज हो रही हैं…</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/intake_dialog.py" line="179"/>
        <source>Stop</source>
        <translation>रोकें</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/intake_dialog.py" line="216"/>
        <source>Logged %1 complaint(s), dockets %2 to %3; %4 already logged.</source>
        <translation>%1 शिकायतें दर्ज हुईं, डॉकेट %2 से %3 तक; %4 पहले से दर्ज थीं।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/intake_dialog.py" line="223"/>
        <source>No new complaint was logged; %4 already logged.</source>
        <translation>कोई नई शिकायत दर्ज नहीं हुई; %4 पहले से दर्ज।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/intake_dialog.py" line="225"/>
        <source>Nothing was logged; %4 already logged.</source>
        <translation>कुछ भी दर्ज नहीं हुआ; %4 पहले से दर्ज थीं।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/intake_dialog.py" line="229"/>
        <source>Recorded %1 call(s) as follow-ups on %2.</source>
        <translation>%1 कॉल %2 पर दोबारा कॉल के रूप में दर्ज।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/intake_dialog.py" line="235"/>
        <source>Stopped before the end: take in the same file again to log the rest.</source>
        <translation>बीच में ही रुक गया: बाकी शिकायतें दर्ज करने के लिए वही फ़ाइल फिर से लें।</translation>
    </message>
</context>
<context>
    <name>InterruptionsWindow</name>
    <message>
        <location filename="../../fusecentre_app/gui/interruptions_window.py" line="46"/>
        <source>Feeder interruptions</source>
        <translation>फीडर बाधाएँ</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/interruptions_window.py" line="49"/>
        <source>Key in from the PSS log book</source>
        <translation>PSS लॉग बुक से भरें</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/interruptions_window.py" line="54"/>
        <source>P&amp;lanned</source>
        <translation>नियोजित (&amp;L)</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/interruptions_window.py" line="58"/>
        <source>for example: jumper snapped, tree branch</source>
        <translation>उदाहरण: जम्पर टूटा, पेड़ की डाल</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/interruptions_window.py" line="61"/>
        <location filename="../../fusecentre_app/gui/interruptions_window.py" line="85"/>
        <source>blank: every consumer of the feeder</source>
        <translation>खाली: फीडर के सभी उपभोक्ता</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/interruptions_window.py" line="62"/>
        <source>&amp;Add the interruption</source>
        <translation>बाधा जोड़ें (&amp;A)</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/interruptions_window.py" line="65"/>
        <source>&amp;Feeder</source>
        <translation>फीडर (&amp;F)</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/interruptions_window.py" line="66"/>
        <source>Fr&amp;om</source>
        <translation>से (&amp;O)</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/interruptions_window.py" line="67"/>
        <source>&amp;To</source>
        <translation>तक (&amp;T)</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/interruptions_window.py" line="69"/>
        <source>Ca&amp;use</source>
        <translation>कारण (&amp;U)</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/interruptions_window.py" line="70"/>
        <source>Consumers affe&amp;cted</source>
        <translation>प्रभावित उपभोक्ता (&amp;C)</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/interruptions_window.py" line="74"/>
        <source>Correct the interruption chosen in the list</source>
        <translation>सूची में चुनी गई बाधा में सुधार करें</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/interruptions_window.py" line="75"/>
        <location filename="../../fusecentre_app/gui/interruptions_window.py" line="180"/>
        <source>Choose an interruption in the list.</source>
        <translation>सूची में कोई बाधा चुनें।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/interruptions_window.py" line="79"/>
        <source>Pla&amp;nned</source>
        <translation>नियोजित (&amp;N)</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/interruptions_window.py" line="88"/>
        <source>why (for example: the PSS log book says 14:05)</source>
        <translation>क्यों (उदाहरण: PSS लॉग बुक में 14:05 लिखा है)</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/interruptions_window.py" line="89"/>
        <source>&amp;Save the correction</source>
        <translation>सुधार सहेजें (&amp;S)</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/interruptions_window.py" line="93"/>
        <source>Fro&amp;m</source>
        <translation>से (&amp;M)</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/interruptions_window.py" line="94"/>
        <source>Supply &amp;back at</source>
        <translation>बिजली वापस आई (&amp;B)</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/interruptions_window.py" line="96"/>
        <source>Caus&amp;e</source>
        <translation>कारण (&amp;E)</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/interruptions_window.py" line="97"/>
        <source>Consumers affecte&amp;d</source>
        <translation>प्रभावित उपभोक्ता (&amp;D)</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/interruptions_window.py" line="98"/>
        <source>&amp;Reason for the correction</source>
        <translation>सुधार का कारण (&amp;R)</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/interruptions_window.py" line="129"/>
        <source>feeder-trip incident</source>
        <translation>फीडर ट्रिप घटना</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/interruptions_window.py" line="130"/>
        <source>PSS log book</source>
        <translation>PSS लॉग बुक</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/interruptions_window.py" line="131"/>
        <source>imported</source>
        <translation>आयातित</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/interruptions_window.py" line="132"/>
        <source>planned shutdown</source>
        <translation>नियोजित शटडाउन</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/interruptions_window.py" line="139"/>
        <source>%1 interruption(s) in %2 on the feeders of %3</source>
        <translation>%3 के फीडरों पर %2 में %1 बाधाएँ</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/interruptions_window.py" line="144"/>
        <source>yes</source>
        <translation>हाँ</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/interruptions_window.py" line="144"/>
        <source>no</source>
        <translation>नहीं</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/interruptions_window.py" line="144"/>
        <source>every consumer</source>
        <translation>सभी उपभोक्ता</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/interruptions_window.py" line="147"/>
        <source>Feeder</source>
        <translation>फीडर</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/interruptions_window.py" line="148"/>
        <source>From</source>
        <translation>से</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/interruptions_window.py" line="149"/>
        <source>To</source>
        <translation>तक</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/interruptions_window.py" line="150"/>
        <source>Minutes</source>
        <translation>मिनट</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/interruptions_window.py" line="151"/>
        <source>Planned</source>
        <translation>नियोजित</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/interruptions_window.py" line="152"/>
        <source>Consumers affected</source>
        <translation>प्रभावित उपभोक्ता</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/interruptions_window.py" line="153"/>
        <source>Source</source>
        <translation>स्रोत</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/interruptions_window.py" line="154"/>
        <source>Cause</source>
        <translation>कारण</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/interruptions_window.py" line="185"/>
        <source>This is a planned shutdown&apos;s interruption: correct the shutdown in Registers → Planned shutdowns, and it follows.</source>
        <translation>यह नियोजित शटडाउन की बाधा है: पंजियाँ → नियोजित शटडाउन में शटडाउन में सुधार करें, यह अपने-आप बदल जाएगी।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/interruptions_window.py" line="191"/>
        <source>%1 from %2 (%3)</source>
        <translation>%1, %2 से (%3)</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/interruptions_window.py" line="217"/>
        <source>Consumers affected must be a whole number, or blank for every consumer of the feeder.</source>
        <translation>प्रभावित उपभोक्ताओं की संख्या पूर्ण संख्या होनी चाहिए, या फीडर के सभी उपभोक्ताओं के लिए खाली छोड़ें।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/interruptions_window.py" line="226"/>
        <source>Give the cause as the PSS log book writes it.</source>
        <translation>कारण वैसे ही लिखें जैसे PSS लॉग बुक में लिखा है।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/interruptions_window.py" line="244"/>
        <source>Recorded: %1 from %2, %3 minutes.</source>
        <translation>दर्ज हुआ: %1, %2 से, %3 मिनट।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/interruptions_window.py" line="257"/>
        <source>Choose the interruption to correct in the list.</source>
        <translation>सुधार के लिए सूची में बाधा चुनें।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/interruptions_window.py" line="283"/>
        <source>Corrected: %1 from %2; the reason is on record.</source>
        <translation>सुधार हुआ: %1, %2 से; कारण रिकॉर्ड में दर्ज है।</translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <location filename="../../fusecentre_app/gui/lock.py" line="84"/>
        <source>Desk locked — Fuse Call Centre Desk</source>
        <translation>डेस्क लॉक है — फ्यूज कॉल सेंटर डेस्क</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/lock.py" line="88"/>
        <source>The desk is locked.
%1 (%2) was signed in.</source>
        <translation>डेस्क लॉक है।
%1 (%2) साइन इन थे।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/lock.py" line="96"/>
        <source>your password</source>
        <translation>आपका पासवर्ड</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/lock.py" line="97"/>
        <source>Password to unlock</source>
        <translation>अनलॉक करने का पासवर्ड</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/lock.py" line="98"/>
        <source>&amp;Unlock</source>
        <translation>अनलॉक करें (&amp;U)</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/lock.py" line="100"/>
        <source>&amp;Someone else signs in…</source>
        <translation>कोई दूसरा साइन इन करे (&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/lock.py" line="138"/>
        <source>Wrong password, or the account is waiting after repeated wrong tries: try again later, or let someone else sign in.</source>
        <translation>पासवर्ड गलत है, या बार-बार गलत प्रयासों के बाद खाता प्रतीक्षा में है: बाद में फिर प्रयास करें, या किसी और को साइन इन करने दें।</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../fusecentre_app/gui/login.py" line="33"/>
        <source>Sign in — Fuse Call Centre Desk</source>
        <translation>साइन इन — फ्यूज कॉल सेंटर डेस्क</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/login.py" line="35"/>
        <source>Fuse Call Centre Desk
फ्यूज कॉल सेंटर</source>
        <translation>फ्यूज कॉल सेंटर डेस्क
Fuse Call Centre Desk</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/login.py" line="52"/>
        <source>Checking the store before the first sign-in (once, as the desk starts)…</source>
        <translation>पहले साइन-इन से पहले डेटाबेस की जाँच हो रही है (डेस्क शुरू होते समय, एक बार)…</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/login.py" line="59"/>
        <source>Store: %1</source>
        <translation>डेटाबेस: %1</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/login.py" line="64"/>
        <source>&amp;User name</source>
        <translation>यूज़र नाम (&amp;U)</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/login.py" line="65"/>
        <source>&amp;Password</source>
        <translation>पासवर्ड (&amp;P)</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/login.py" line="69"/>
        <source>Sign in</source>
        <translation>साइन इन</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/login.py" line="70"/>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/login.py" line="134"/>
        <source>Wrong user name or password, or the account is waiting after repeated wrong tries: try again later, or ask the administrator to reset the password.</source>
        <translation>यूज़र नाम या पासवर्ड गलत है, या बार-बार गलत प्रयासों के बाद खाता प्रतीक्षा में है: बाद में फिर प्रयास करें, या व्यवस्थापक से पासवर्ड रीसेट करवाएँ।</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../fusecentre_app/gui/main_window.py" line="318"/>
        <source>%1 fuse-call centre — Fuse Call Centre Desk %2</source>
        <translation>%1 फ्यूज कॉल सेंटर — फ्यूज कॉल सेंटर डेस्क %2</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/main_window.py" line="323"/>
        <source>Signed in: %1 (%2), %3</source>
        <translation>साइन इन: %1 (%2), %3</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/main_window.py" line="329"/>
        <source>&amp;Queue by feeder</source>
        <translation>फीडरवार कतार (&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/main_window.py" line="330"/>
        <source>Today&apos;s com&amp;plaints</source>
        <translation>आज की शिकायतें (&amp;T)</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/main_window.py" line="331"/>
        <source>&amp;Directory</source>
        <translation>अधिकारी सूची (&amp;D)</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/main_window.py" line="332"/>
        <source>&amp;Accountability</source>
        <translation>जवाबदेही (&amp;A)</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/main_window.py" line="333"/>
        <source>&amp;Inspection</source>
        <translation>निरीक्षण (&amp;I)</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/main_window.py" line="334"/>
        <source>Staf&amp;f accounts</source>
        <translation>स्टाफ़ खाते (&amp;J)</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/main_window.py" line="391"/>
        <source>Signed in to keep accounts and settings: give each clerk an account of their own in the Staff accounts tab.</source>
        <translation>खाते और सेटिंग सँभालने हेतु साइन इन: स्टाफ़ खाते टैब में हर लिपिक को उसका अपना खाता दें।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/main_window.py" line="348"/>
        <source>&amp;New complaint</source>
        <translation>नई शिकायत (&amp;N)</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/main_window.py" line="336"/>
        <source>Division</source>
        <translation>प्रमंडल</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/main_window.py" line="343"/>
        <source>Show tab %1: %2</source>
        <translation>टैब %1 दिखाएँ: %2</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/main_window.py" line="349"/>
        <source>&amp;Find in the queue</source>
        <translation>कतार में खोजें (&amp;F)</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/main_window.py" line="350"/>
        <source>&amp;Contact responsible officer…</source>
        <translation>ज़िम्मेदार अधिकारी से संपर्क (&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/main_window.py" line="351"/>
        <source>Correct &amp;details…</source>
        <translation>विवरण सुधारें (&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/main_window.py" line="352"/>
        <source>&amp;Refresh</source>
        <translation>ताज़ा करें (&amp;R)</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/main_window.py" line="353"/>
        <source>&amp;Back up now…</source>
        <translation>अभी बैकअप लें (&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/main_window.py" line="354"/>
        <source>Daily &amp;register…</source>
        <translation>दैनिक पंजी (&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/main_window.py" line="355"/>
        <source>Shift &amp;handover…</source>
        <translation>पाली हस्तांतरण (&amp;H)…</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/main_window.py" line="356"/>
        <source>Show the &amp;feeders pane</source>
        <translation>फीडर पैनल दिखाएँ (&amp;F)</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/main_window.py" line="357"/>
        <source>Show the d&amp;etails pane</source>
        <translation>विवरण पैनल दिखाएँ (&amp;E)</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/main_window.py" line="358"/>
        <source>Change my &amp;password…</source>
        <translation>मेरा पासवर्ड बदलें (&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/main_window.py" line="359"/>
        <source>&amp;Lock the desk</source>
        <translation>डेस्क लॉक करें (&amp;L)</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/main_window.py" line="360"/>
        <source>S&amp;witch user…</source>
        <translation>यूज़र बदलें (&amp;W)…</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/main_window.py" line="361"/>
        <source>Sign &amp;out</source>
        <translation>साइन आउट (&amp;O)</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/main_window.py" line="362"/>
        <source>&amp;About Fuse Call Centre Desk</source>
        <translation>फ्यूज कॉल सेंटर डेस्क के बारे में (&amp;A)</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/main_window.py" line="363"/>
        <source>As the &amp;system is set</source>
        <translation>सिस्टम के अनुसार (&amp;S)</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/main_window.py" line="364"/>
        <source>Feeder &amp;interruptions…</source>
        <translation>फीडर बाधाएँ (&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/main_window.py" line="365"/>
        <source>&amp;Feeders and consumers…</source>
        <translation>फीडर और उपभोक्ता (&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/main_window.py" line="366"/>
        <source>Planned &amp;shutdowns…</source>
        <translation>नियोजित शटडाउन (&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/main_window.py" line="367"/>
        <source>Compensation &amp;claims…</source>
        <translation>मुआवज़े के दावे (&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/main_window.py" line="378"/>
        <source>Registers</source>
        <translation>पंजियाँ</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/main_window.py" line="379"/>
        <source>&amp;Help</source>
        <translation>सहायता (&amp;H)</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/main_window.py" line="380"/>
        <source>&amp;Language</source>
        <translation>भाषा (&amp;L)</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/main_window.py" line="381"/>
        <source>Desk</source>
        <translation>डेस्क</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/main_window.py" line="384"/>
        <source>Today&apos;s complaints</source>
        <translation>आज की शिकायतें</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/main_window.py" line="385"/>
        <source>Desk tabs</source>
        <translation>डेस्क टैब</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/main_window.py" line="396"/>
        <source>Ready. Press Ctrl+N when a call comes in.</source>
        <translation>तैयार। कॉल आने पर Ctrl+N दबाएँ।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/main_window.py" line="388"/>
        <source>Signed in to inspect: records are read-only.</source>
        <translation>निरीक्षण हेतु साइन इन: रिकॉर्ड केवल देखे जा सकते हैं।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/main_window.py" line="373"/>
        <source>Des&amp;k</source>
        <translation>डेस्क (&amp;K)</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/main_window.py" line="374"/>
        <source>Co&amp;mplaints</source>
        <translation>शिकायतें (&amp;L)</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/main_window.py" line="375"/>
        <source>Report&amp;s</source>
        <translation>रिपोर्ट (&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/main_window.py" line="469"/>
        <source>Today&apos;s complaints (%1): %2 received, %3 still open</source>
        <translation>आज की शिकायतें (%1): %2 प्राप्त, %3 अभी लंबित</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/main_window.py" line="552"/>
        <source>Your password is changed.</source>
        <translation>आपका पासवर्ड बदल गया।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/main_window.py" line="613"/>
        <source>About Fuse Call Centre Desk</source>
        <translation>फ्यूज कॉल सेंटर डेस्क के बारे में</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/main_window.py" line="615"/>
        <source>Fuse Call Centre Desk %1

Store: %2
Log file: %3
Signed in: %4 (%5)</source>
        <translation>फ्यूज कॉल सेंटर डेस्क %1

डेटाबेस: %2
लॉग फ़ाइल: %3
साइन इन: %4 (%5)</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/main_window.py" line="630"/>
        <source>%1: follow-up recorded on %2</source>
        <translation>%1: %2 पर फॉलो-अप दर्ज</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/main_window.py" line="632"/>
        <source>%1: saved %2</source>
        <translation>%1: %2 दर्ज</translation>
    </message>
</context>
<context>
    <name>MonthPdfDialog</name>
    <message>
        <location filename="../../fusecentre_app/gui/division_pdfs.py" line="101"/>
        <source>All centres</source>
        <translation>सभी केंद्र</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/division_pdfs.py" line="102"/>
        <source>Mo&amp;nth</source>
        <translation>माह (&amp;N)</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/division_pdfs.py" line="103"/>
        <source>Month</source>
        <translation>माह</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/division_pdfs.py" line="105"/>
        <source>Language of the PDF</source>
        <translation>PDF की भाषा</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/division_pdfs.py" line="118"/>
        <source>the division</source>
        <translation>प्रमंडल</translation>
    </message>
</context>
<context>
    <name>PdfDialog</name>
    <message>
        <location filename="../../fusecentre_app/gui/pdf_dialogs.py" line="144"/>
        <source>&amp;Preview</source>
        <translation>पूर्वावलोकन (&amp;P)</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/pdf_dialogs.py" line="145"/>
        <source>P&amp;rint…</source>
        <translation>प्रिंट (&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/pdf_dialogs.py" line="146"/>
        <source>&amp;Save as PDF…</source>
        <translation>PDF सहेजें (&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/pdf_dialogs.py" line="147"/>
        <source>Fit width</source>
        <translation>पूरी चौड़ाई</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/pdf_dialogs.py" line="148"/>
        <source>Zoom in (Ctrl++)</source>
        <translation>बड़ा करें (Ctrl++)</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/pdf_dialogs.py" line="149"/>
        <source>Zoom in</source>
        <translation>बड़ा करें</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/pdf_dialogs.py" line="150"/>
        <source>Zoom out (Ctrl+-)</source>
        <translation>छोटा करें (Ctrl+-)</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/pdf_dialogs.py" line="151"/>
        <source>Zoom out</source>
        <translation>छोटा करें</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/pdf_dialogs.py" line="152"/>
        <source>The page as wide as the window (Ctrl+0)</source>
        <translation>पेज को विंडो जितना चौड़ा करें (Ctrl+0)</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/pdf_dialogs.py" line="153"/>
        <source>Preview</source>
        <translation>पूर्वावलोकन</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/pdf_dialogs.py" line="154"/>
        <source>Centre</source>
        <translation>केंद्र</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/pdf_dialogs.py" line="190"/>
        <source>fit width</source>
        <translation>पूरी चौड़ाई</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/pdf_dialogs.py" line="325"/>
        <source>Printed, but not put on record: %1</source>
        <translation>प्रिंट हुआ, पर रिकॉर्ड में दर्ज नहीं: %1</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/pdf_dialogs.py" line="237"/>
        <source>Preview (not on record): %1</source>
        <translation>पूर्वावलोकन (रिकॉर्ड में दर्ज नहीं): %1</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/pdf_dialogs.py" line="253"/>
        <source>Save as PDF</source>
        <translation>PDF के रूप में सहेजें</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/pdf_dialogs.py" line="253"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF फ़ाइलें (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/pdf_dialogs.py" line="271"/>
        <source>Not saved, and nothing put on record: %1</source>
        <translation>सहेजा नहीं गया, और कुछ भी दर्ज नहीं हुआ: %1</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/pdf_dialogs.py" line="278"/>
        <source>Saved %1 (on record): %2</source>
        <translation>%1 सहेजा गया (रिकॉर्ड में दर्ज): %2</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/pdf_dialogs.py" line="287"/>
        <source>Still printing: wait for it, or cancel it.</source>
        <translation>अभी प्रिंट हो रहा है: पूरा होने दें, या उसे रद्द करें।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/pdf_dialogs.py" line="303"/>
        <source>Printing cancelled; nothing put on record.</source>
        <translation>प्रिंट रद्द किया गया; रिकॉर्ड में कुछ दर्ज नहीं हुआ।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/pdf_dialogs.py" line="305"/>
        <source>Sending to the printer…</source>
        <translation>प्रिंटर को भेजा जा रहा है…</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/pdf_dialogs.py" line="317"/>
        <source>Not printed, and nothing put on record: %1</source>
        <translation>प्रिंट नहीं हुआ, और कुछ भी दर्ज नहीं हुआ: %1</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/pdf_dialogs.py" line="329"/>
        <source>Sent to %1 (on record): %2</source>
        <translation>%1 को भेजा गया (रिकॉर्ड में दर्ज): %2</translation>
    </message>
</context>
<context>
    <name>PrintProgress</name>
    <message>
        <location filename="../../fusecentre_app/gui/printing.py" line="412"/>
        <source>Printing</source>
        <translation>प्रिंट हो रहा है</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/printing.py" line="413"/>
        <source>Sending %1 to the printer…</source>
        <translation>%1 प्रिंटर को भेजा जा रहा है…</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/printing.py" line="414"/>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/printing.py" line="428"/>
        <source>Page %1 of %2 sent to the printer…</source>
        <translation>%2 में से पेज %1 प्रिंटर को भेजा गया…</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../fusecentre_app/gui/printing.py" line="227"/>
        <source>Not printed to %1: %2</source>
        <translation>%1 में प्रिंट नहीं हुआ: %2</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/printing.py" line="278"/>
        <source>The printer %1 did not take the job: %2</source>
        <translation>प्रिंटर %1 ने प्रिंट का काम नहीं लिया: %2</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/printing.py" line="286"/>
        <source>The print system could not be started (%1).</source>
        <translation>प्रिंट सिस्टम शुरू नहीं हो सका (%1)।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/printing.py" line="331"/>
        <source>The printer could not be started.</source>
        <translation>प्रिंटर शुरू नहीं हो सका।</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <location filename="../../fusecentre_app/gui/queue_model.py" line="163"/>
        <source>#</source>
        <translation>क्र.</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/queue_model.py" line="164"/>
        <source>Docket</source>
        <translation>डॉकेट</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/queue_model.py" line="165"/>
        <source>Received (age)</source>
        <translation>प्राप्त (कब से)</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/queue_model.py" line="166"/>
        <source>Caller / consumer</source>
        <translation>शिकायतकर्ता / उपभोक्ता</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/queue_model.py" line="167"/>
        <source>Village / mohalla</source>
        <translation>गाँव / मोहल्ला</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/queue_model.py" line="168"/>
        <source>Type</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/queue_model.py" line="169"/>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/queue_model.py" line="170"/>
        <source>Officer</source>
        <translation>अधिकारी</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/queue_model.py" line="171"/>
        <source>SoP due</source>
        <translation>SoP समय-सीमा</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/queue_model.py" line="172"/>
        <source>Calls</source>
        <translation>कॉल</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/queue_model.py" line="225"/>
        <source>Resolved while %1 earlier complaint(s) on this feeder waited</source>
        <translation>इस फीडर की पहले की %1 शिकायतें इंतज़ार में थीं, फिर भी इसका निवारण हुआ</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/queue_model.py" line="228"/>
        <source>Danger call: served first</source>
        <translation>खतरे की कॉल: सबसे पहले</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/queue_model.py" line="234"/>
        <source>Received within a planned shutdown of its feeder: tell the caller when supply is back (in the details)</source>
        <translation>फीडर के नियोजित शटडाउन के दौरान प्राप्त: शिकायतकर्ता को बताएँ कि बिजली कब वापस आएगी (विवरण में)</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/queue_model.py" line="259"/>
        <source>%1 · incident %2</source>
        <translation>%1 · घटना %2</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/queue_model.py" line="264"/>
        <source>%1 · planned shutdown</source>
        <translation>%1 · नियोजित शटडाउन</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/queue_model.py" line="266"/>
        <source>%1 · out of turn</source>
        <translation>%1 · बारी से पहले</translation>
    </message>
</context>
<context>
    <name>QueuePanel</name>
    <message>
        <location filename="../../fusecentre_app/gui/queue_panel.py" line="270"/>
        <source>Feeder</source>
        <translation>फीडर</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/queue_panel.py" line="270"/>
        <source>Open</source>
        <translation>लंबित</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/queue_panel.py" line="270"/>
        <source>Overdue</source>
        <translation>विलंबित</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/queue_panel.py" line="270"/>
        <source>Oldest</source>
        <translation>सबसे पुरानी</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/queue_panel.py" line="272"/>
        <source>Feeders</source>
        <translation>फीडर सूची</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/queue_panel.py" line="274"/>
        <source>Search docket, mobile, consumer number, name or village (Ctrl+F)</source>
        <translation>डॉकेट, मोबाइल, उपभोक्ता संख्या, नाम या गाँव खोजें (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/queue_panel.py" line="276"/>
        <source>Search</source>
        <translation>खोजें</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/queue_panel.py" line="277"/>
        <source>Open complaints</source>
        <translation>लंबित शिकायतें</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/queue_panel.py" line="277"/>
        <source>All statuses</source>
        <translation>सभी स्थितियाँ</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/queue_panel.py" line="281"/>
        <source>All types</source>
        <translation>सभी प्रकार</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/queue_panel.py" line="282"/>
        <source>All channels</source>
        <translation>सभी माध्यम</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/queue_panel.py" line="286"/>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/queue_panel.py" line="287"/>
        <source>Type</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/queue_panel.py" line="288"/>
        <source>Channel</source>
        <translation>माध्यम</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/queue_panel.py" line="291"/>
        <source>&amp;Overdue only</source>
        <translation>केवल विलंबित (&amp;O)</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/queue_panel.py" line="292"/>
        <location filename="../../fusecentre_app/gui/queue_panel.py" line="294"/>
        <source>Received from</source>
        <translation>प्राप्ति तिथि</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/queue_panel.py" line="293"/>
        <source>to</source>
        <translation>से</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/queue_panel.py" line="295"/>
        <source>Received to</source>
        <translation>प्राप्ति तिथि तक</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/queue_panel.py" line="296"/>
        <source>Queue</source>
        <translation>कतार</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/queue_panel.py" line="404"/>
        <source>Flags and fault banners not read; tried again shortly.</source>
        <translation>चिह्न और फीडर खराबी की सूचनाएँ नहीं पढ़ी जा सकीं; थोड़ी देर में फिर कोशिश होगी।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/queue_panel.py" line="492"/>
        <source>The queue could not be read; it is tried again shortly.</source>
        <translation>कतार नहीं पढ़ी जा सकी; थोड़ी देर में फिर कोशिश होगी।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/queue_panel.py" line="524"/>
        <source>%1 complaint(s)</source>
        <translation>शिकायतें: %1</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/queue_panel.py" line="539"/>
        <source>All feeders</source>
        <translation>सभी फीडर</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/queue_panel.py" line="560"/>
        <source>%1 PSS</source>
        <translation>%1 PSS</translation>
    </message>
</context>
<context>
    <name>Reg13Dialog</name>
    <message>
        <location filename="../../fusecentre_app/gui/division_pdfs.py" line="192"/>
        <source>Reg. 13 sheet</source>
        <translation>Reg. 13 पत्रक</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/division_pdfs.py" line="193"/>
        <source>Sustained: over 5 min (BERC)</source>
        <translation>दीर्घ बाधा: 5 मिनट से अधिक (BERC)</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/division_pdfs.py" line="194"/>
        <source>Sustained: over 3 min (the Rules)</source>
        <translation>दीर्घ बाधा: 3 मिनट से अधिक (नियमावली)</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/division_pdfs.py" line="195"/>
        <source>Sustained interruptions</source>
        <translation>दीर्घ बाधाएँ</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/division_pdfs.py" line="196"/>
        <source>Planned included</source>
        <translation>नियोजित शामिल</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/division_pdfs.py" line="197"/>
        <source>Planned excluded</source>
        <translation>नियोजित शामिल नहीं</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/division_pdfs.py" line="198"/>
        <source>Planned interruptions</source>
        <translation>नियोजित बाधाएँ</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/division_pdfs.py" line="220"/>
        <source>the Reg. 13 sheet for %1, %2, %3 feeder(s), %4 page(s)</source>
        <translation>%1, %2 का Reg. 13 पत्रक, %3 फीडर, %4 पृष्ठ</translation>
    </message>
</context>
<context>
    <name>RegisterDialog</name>
    <message>
        <location filename="../../fusecentre_app/gui/pdf_dialogs.py" line="363"/>
        <source>Daily register</source>
        <translation>दैनिक पंजी</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/pdf_dialogs.py" line="364"/>
        <location filename="../../fusecentre_app/gui/pdf_dialogs.py" line="365"/>
        <source>Day</source>
        <translation>दिनांक</translation>
    </message>
</context>
<context>
    <name>RegisterWindow</name>
    <message>
        <location filename="../../fusecentre_app/gui/register_window.py" line="154"/>
        <source>the division</source>
        <translation>प्रमंडल</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/register_window.py" line="228"/>
        <source>Mont&amp;h</source>
        <translation>महीना (&amp;H)</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <location filename="../../fusecentre_app/gui/accounts_panel.py" line="320"/>
        <source>Reset the password of %1</source>
        <translation>%1 का पासवर्ड रीसेट करें</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/accounts_panel.py" line="322"/>
        <source>&amp;New password</source>
        <translation>नया पासवर्ड (&amp;N)</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/accounts_panel.py" line="323"/>
        <source>They choose their own at the next sign-in.</source>
        <translation>अगली बार साइन इन करने पर वे अपना पासवर्ड स्वयं चुनेंगे।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/accounts_panel.py" line="330"/>
        <source>Reset the password of %1.</source>
        <translation>%1 का पासवर्ड रीसेट किया गया।</translation>
    </message>
</context>
<context>
    <name>ResolveIncidentDialog</name>
    <message>
        <location filename="../../fusecentre_app/gui/incidents_bar.py" line="349"/>
        <source>Resolve incident %1</source>
        <translation>घटना %1 का निवारण</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/incidents_bar.py" line="362"/>
        <source>%1 open complaint(s) will be marked resolved. Each consumer must still be called back to confirm the supply.</source>
        <translation>%1 लंबित शिकायतें निवारित दर्ज होंगी। फिर भी हर उपभोक्ता को पुष्टि कॉल करके बिजली की पुष्टि करनी है।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/incidents_bar.py" line="370"/>
        <source>Resolve</source>
        <translation>निवारण करें</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/incidents_bar.py" line="371"/>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/incidents_bar.py" line="376"/>
        <source>What was done</source>
        <translation>क्या किया गया</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/incidents_bar.py" line="377"/>
        <source>Note</source>
        <translation>टिप्पणी</translation>
    </message>
</context>
<context>
    <name>ShutdownsWindow</name>
    <message>
        <location filename="../../fusecentre_app/gui/shutdowns_window.py" line="48"/>
        <source>Planned shutdowns</source>
        <translation>नियोजित शटडाउन</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/shutdowns_window.py" line="50"/>
        <source>Register a planned shutdown</source>
        <translation>नियोजित शटडाउन दर्ज करें</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/shutdowns_window.py" line="57"/>
        <source>the work, for example: DT plinth repair</source>
        <translation>कार्य, उदाहरण: DT चबूतरे की मरम्मत</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/shutdowns_window.py" line="62"/>
        <source>SMS to consumers</source>
        <translation>उपभोक्ताओं को SMS</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/shutdowns_window.py" line="63"/>
        <source>newspaper</source>
        <translation>अख़बार</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/shutdowns_window.py" line="64"/>
        <source>loudspeaker</source>
        <translation>लाउडस्पीकर</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/shutdowns_window.py" line="65"/>
        <source>notice at the PSS</source>
        <translation>PSS पर सूचना</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/shutdowns_window.py" line="69"/>
        <source>&amp;Register the shutdown</source>
        <translation>शटडाउन दर्ज करें (&amp;R)</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/shutdowns_window.py" line="72"/>
        <source>&amp;Feeder</source>
        <translation>फीडर (&amp;F)</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/shutdowns_window.py" line="73"/>
        <source>Fr&amp;om</source>
        <translation>से (&amp;O)</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/shutdowns_window.py" line="74"/>
        <source>&amp;To</source>
        <translation>तक (&amp;T)</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/shutdowns_window.py" line="75"/>
        <source>&amp;Work (reason)</source>
        <translation>कार्य (कारण) (&amp;W)</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/shutdowns_window.py" line="76"/>
        <source>&amp;Notice given by</source>
        <translation>सूचना का माध्यम (&amp;N)</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/shutdowns_window.py" line="80"/>
        <source>BERC Reg. 13(2): a planned shutdown is to be no more than 10 hours in a day and to end by 18:00. Those that do not are marked in the list.</source>
        <translation>BERC Reg. 13(2): नियोजित शटडाउन एक दिन में 10 घंटे से अधिक नहीं होना चाहिए और 18:00 तक समाप्त हो जाना चाहिए। जो ऐसे नहीं हैं, वे सूची में चिह्नित हैं।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/shutdowns_window.py" line="86"/>
        <source>Correct the shutdown chosen in the list</source>
        <translation>सूची में चुने गए शटडाउन में सुधार करें</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/shutdowns_window.py" line="87"/>
        <location filename="../../fusecentre_app/gui/shutdowns_window.py" line="190"/>
        <source>Choose a shutdown in the list.</source>
        <translation>सूची में कोई शटडाउन चुनें।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/shutdowns_window.py" line="97"/>
        <source>why (for example: the work took longer)</source>
        <translation>क्यों (उदाहरण: कार्य में अधिक समय लगा)</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/shutdowns_window.py" line="98"/>
        <source>&amp;Save the correction</source>
        <translation>सुधार सहेजें (&amp;S)</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/shutdowns_window.py" line="102"/>
        <source>Fro&amp;m</source>
        <translation>से (&amp;M)</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/shutdowns_window.py" line="103"/>
        <source>Supply &amp;back at</source>
        <translation>बिजली वापस आई (&amp;B)</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/shutdowns_window.py" line="104"/>
        <source>Wor&amp;k</source>
        <translation>कार्य (&amp;K)</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/shutdowns_window.py" line="105"/>
        <source>Not&amp;ice</source>
        <translation>सूचना (&amp;I)</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/shutdowns_window.py" line="106"/>
        <source>Reason for the &amp;correction</source>
        <translation>सुधार का कारण (&amp;C)</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/shutdowns_window.py" line="138"/>
        <source>%1 h off</source>
        <translation>%1 घंटे बंद</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/shutdowns_window.py" line="140"/>
        <source>after 18:00</source>
        <translation>18:00 के बाद</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/shutdowns_window.py" line="150"/>
        <source>%1 planned shutdown(s) in %2 on the feeders of %3; %4 against Reg. 13(2)</source>
        <translation>%3 के फीडरों पर %2 में %1 नियोजित शटडाउन; %4 Reg. 13(2) के विरुद्ध</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/shutdowns_window.py" line="158"/>
        <source>Feeder</source>
        <translation>फीडर</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/shutdowns_window.py" line="159"/>
        <source>From</source>
        <translation>से</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/shutdowns_window.py" line="160"/>
        <source>To</source>
        <translation>तक</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/shutdowns_window.py" line="161"/>
        <source>Hours</source>
        <translation>घंटे</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/shutdowns_window.py" line="162"/>
        <source>Reg. 13(2)</source>
        <translation>Reg. 13(2)</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/shutdowns_window.py" line="163"/>
        <source>Notice</source>
        <translation>सूचना</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/shutdowns_window.py" line="164"/>
        <source>Work</source>
        <translation>कार्य</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/shutdowns_window.py" line="172"/>
        <source>within</source>
        <translation>सीमा में</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/shutdowns_window.py" line="193"/>
        <source>%1 from %2</source>
        <translation>%1, %2 से</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/shutdowns_window.py" line="205"/>
        <source>Choose the shutdown to correct in the list.</source>
        <translation>सुधार के लिए सूची में शटडाउन चुनें।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/shutdowns_window.py" line="221"/>
        <source>Corrected: %1, supply back at %2; the reason is on record.</source>
        <translation>सुधार हुआ: %1, बिजली %2 पर वापस; कारण रिकॉर्ड में दर्ज है।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/shutdowns_window.py" line="239"/>
        <source>Registered: %1 off from %2, supply back at %3.</source>
        <translation>दर्ज हुआ: %1 %2 से बंद, बिजली %3 पर वापस।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/shutdowns_window.py" line="245"/>
        <source>Against Reg. 13(2): %1.</source>
        <translation>Reg. 13(2) के विरुद्ध: %1।</translation>
    </message>
</context>
<context>
    <name>TakeOverDialog</name>
    <message>
        <location filename="../../fusecentre_app/gui/take_over.py" line="17"/>
        <source>Take over the desk</source>
        <translation>डेस्क का कार्यभार लें</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/take_over.py" line="20"/>
        <source>%1 printed the handover sheet of %2 at %3.

Take over from them? Your name goes on that handover as the incoming clerk.</source>
        <translation>%1 ने %3 बजे %2 तक का हस्तांतरण पत्र प्रिंट किया।

क्या उनसे कार्यभार लेंगे? उस हस्तांतरण पर आने वाले क्लर्क के रूप में आपका नाम दर्ज होगा।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/take_over.py" line="33"/>
        <source>&amp;Take over</source>
        <translation>कार्यभार लें (&amp;T)</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/take_over.py" line="35"/>
        <source>&amp;Not now</source>
        <translation>अभी नहीं (&amp;N)</translation>
    </message>
</context>
<context>
    <name>TodayModel</name>
    <message>
        <location filename="../../fusecentre_app/gui/today_model.py" line="61"/>
        <source>#</source>
        <translation>क्र.</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/today_model.py" line="62"/>
        <source>Docket</source>
        <translation>डॉकेट</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/today_model.py" line="63"/>
        <source>Received</source>
        <translation>प्राप्त</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/today_model.py" line="64"/>
        <source>Caller</source>
        <translation>शिकायतकर्ता</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/today_model.py" line="65"/>
        <source>Mobile</source>
        <translation>मोबाइल</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/today_model.py" line="66"/>
        <source>Village / mohalla</source>
        <translation>गाँव / मोहल्ला</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/today_model.py" line="67"/>
        <source>Feeder</source>
        <translation>फीडर</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/today_model.py" line="68"/>
        <source>Type</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/today_model.py" line="69"/>
        <source>Channel</source>
        <translation>माध्यम</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/today_model.py" line="70"/>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/today_model.py" line="71"/>
        <source>SoP due</source>
        <translation>SoP समय-सीमा</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/today_model.py" line="72"/>
        <source>Calls</source>
        <translation>कॉल</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/today_model.py" line="104"/>
        <source>Danger call</source>
        <translation>खतरे की कॉल</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/today_model.py" line="131"/>
        <source>%1 (overdue)</source>
        <translation>%1 (विलंबित)</translation>
    </message>
</context>
<context>
    <name>action words</name>
    <message>
        <location filename="../../fusecentre_app/domain/lifecycle.py" line="49"/>
        <source>assigned</source>
        <translation>सौंपना</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/domain/lifecycle.py" line="50"/>
        <source>marked as attended</source>
        <translation>पहुँचना दर्ज करना</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/domain/lifecycle.py" line="51"/>
        <source>resolved</source>
        <translation>निवारण दर्ज करना</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/domain/lifecycle.py" line="52"/>
        <source>closed as verified</source>
        <translation>पुष्टि सहित बंद करना</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/domain/lifecycle.py" line="53"/>
        <source>reopened</source>
        <translation>फिर से खोलना</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/domain/lifecycle.py" line="54"/>
        <source>closed unverified</source>
        <translation>बिना पुष्टि बंद करना</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/domain/lifecycle.py" line="55"/>
        <source>cancelled</source>
        <translation>रद्द करना</translation>
    </message>
</context>
<context>
    <name>backup</name>
    <message>
        <location filename="../../fusecentre_app/gui/backup.py" line="152"/>
        <source>Back up the store to which folder (a USB stick)?</source>
        <translation>डेटाबेस का बैकअप किस फ़ोल्डर में लें (जैसे USB स्टिक)?</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/backup.py" line="127"/>
        <source>Backed up %1 complaints and %2 events to %3 (%4 MB); the copy was checked.</source>
        <translation>%1 शिकायतों और %2 प्रविष्टियों का बैकअप %3 में लिया गया (%4 MB); प्रति की जाँच हो गई है।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/backup.py" line="136"/>
        <source>The store could not put this backup on record.</source>
        <translation>डेटाबेस इस बैकअप को रिकॉर्ड में दर्ज नहीं कर सका।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/backup.py" line="139"/>
        <source>Backed up</source>
        <translation>बैकअप हो गया</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/backup.py" line="176"/>
        <source>The last backup was made at %1.</source>
        <translation>पिछला बैकअप %1 को लिया गया था।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/backup.py" line="180"/>
        <source>This store has never been backed up.</source>
        <translation>इस डेटाबेस का अब तक कभी बैकअप नहीं लिया गया।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/backup.py" line="184"/>
        <source>Back up before you go?</source>
        <translation>जाने से पहले बैकअप लें?</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/backup.py" line="187"/>
        <source>Back up the store now to a USB stick or another folder?</source>
        <translation>क्या अभी डेटाबेस का बैकअप USB स्टिक या किसी दूसरे फ़ोल्डर में लें?</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/backup.py" line="222"/>
        <source>Backups: on the server</source>
        <translation>बैकअप: सर्वर पर</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/backup.py" line="229"/>
        <source>The store&apos;s file is missing: nothing can be saved</source>
        <translation>डेटाबेस फ़ाइल नहीं मिल रही: कुछ भी सहेजा नहीं जा सकता</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/backup.py" line="240"/>
        <source>Last backup: %1</source>
        <translation>पिछला बैकअप: %1</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/backup.py" line="244"/>
        <source>Last backup: never</source>
        <translation>पिछला बैकअप: कभी नहीं</translation>
    </message>
</context>
<context>
    <name>field names</name>
    <message>
        <location filename="../../fusecentre_app/services/complaints.py" line="166"/>
        <source>mobile number</source>
        <translation>मोबाइल नंबर</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/domain/limits.py" line="20"/>
        <source>caller&apos;s name</source>
        <translation>शिकायतकर्ता का नाम</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/domain/limits.py" line="21"/>
        <source>consumer number</source>
        <translation>उपभोक्ता संख्या</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/domain/limits.py" line="22"/>
        <source>village or mohalla</source>
        <translation>गाँव या मोहल्ला</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/domain/limits.py" line="23"/>
        <source>address</source>
        <translation>पता</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/domain/limits.py" line="24"/>
        <source>landmark</source>
        <translation>लैंडमार्क</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/domain/limits.py" line="25"/>
        <source>social media handle or link</source>
        <translation>सोशल मीडिया हैंडल या लिंक</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/domain/limits.py" line="26"/>
        <source>description</source>
        <translation>विवरण</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/domain/limits.py" line="29"/>
        <source>person&apos;s name</source>
        <translation>व्यक्ति का नाम</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/domain/limits.py" line="32"/>
        <source>employee id</source>
        <translation>कर्मचारी संख्या</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/domain/limits.py" line="33"/>
        <source>name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/domain/limits.py" line="34"/>
        <source>Hindi name</source>
        <translation>हिंदी नाम</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/domain/limits.py" line="35"/>
        <source>reports to</source>
        <translation>किसे रिपोर्ट करते हैं</translation>
    </message>
</context>
<context>
    <name>handover</name>
    <message>
        <location filename="../../fusecentre_app/reports/handover.py" line="127"/>
        <source>Danger</source>
        <translation>खतरा</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/reports/handover.py" line="131"/>
        <source>Resolved {at}: call the consumer back</source>
        <translation>{at} पर निवारण: उपभोक्ता को पुष्टि कॉल करें</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/reports/handover.py" line="136"/>
        <source>{count} calls</source>
        <translation>{count} कॉल</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/reports/handover.py" line="140"/>
        <source>reopened {count}×</source>
        <translation>{count} बार फिर से खुली</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/reports/handover.py" line="145"/>
        <source>escalated {count}×</source>
        <translation>{count} बार मामला बढ़ाया गया</translation>
    </message>
</context>
<context>
    <name>inspection report</name>
    <message>
        <location filename="../../fusecentre_app/reports/inspection_report.py" line="31"/>
        <source>Not called yet</source>
        <translation>अभी कॉल नहीं किया गया</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/reports/inspection_report.py" line="32"/>
        <source>Not called (reason given)</source>
        <translation>कॉल नहीं किया गया (कारण दिया गया)</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/reports/inspection_report.py" line="35"/>
        <source>Consumer confirms supply restored</source>
        <translation>उपभोक्ता ने बिजली बहाल होने की पुष्टि की</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/reports/inspection_report.py" line="38"/>
        <source>Consumer says supply was not restored</source>
        <translation>उपभोक्ता के अनुसार बिजली बहाल नहीं हुई</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/reports/inspection_report.py" line="40"/>
        <source>Consumer could not be reached</source>
        <translation>उपभोक्ता से संपर्क नहीं हो सका</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/reports/inspection_report.py" line="42"/>
        <source>Consumer says no complaint was made</source>
        <translation>उपभोक्ता के अनुसार कोई शिकायत नहीं की गई</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../fusecentre_app/gui/labels.py" line="22"/>
        <source>New</source>
        <translation>नई</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/labels.py" line="23"/>
        <source>Assigned</source>
        <translation>सौंपी गई</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/labels.py" line="24"/>
        <source>Attending</source>
        <translation>कार्य जारी</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/labels.py" line="25"/>
        <source>Resolved, callback due</source>
        <translation>निवारित, पुष्टि शेष</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/labels.py" line="26"/>
        <source>Reopened</source>
        <translation>पुनः खुली</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/labels.py" line="27"/>
        <source>Closed (verified)</source>
        <translation>बंद (पुष्टि हुई)</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/labels.py" line="28"/>
        <source>Closed (not verified)</source>
        <translation>बंद (पुष्टि नहीं)</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/labels.py" line="29"/>
        <source>Cancelled</source>
        <translation>रद्द</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/labels.py" line="32"/>
        <source>Phone to centre</source>
        <translation>केंद्र पर फ़ोन</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/labels.py" line="33"/>
        <source>1912 helpline</source>
        <translation>1912 हेल्पलाइन</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/labels.py" line="34"/>
        <source>Social media</source>
        <translation>सोशल मीडिया</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/labels.py" line="35"/>
        <source>Walk-in</source>
        <translation>स्वयं आकर</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/labels.py" line="36"/>
        <source>Forwarded by officer</source>
        <translation>अधिकारी द्वारा भेजी गई</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/labels.py" line="37"/>
        <source>Consumer hearing</source>
        <translation>उपभोक्ता सुनवाई</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/labels.py" line="40"/>
        <source>Answered</source>
        <translation>बात हुई</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/labels.py" line="41"/>
        <source>No answer</source>
        <translation>फ़ोन नहीं उठाया</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/labels.py" line="42"/>
        <source>Busy</source>
        <translation>व्यस्त</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/labels.py" line="43"/>
        <source>Switched off</source>
        <translation>फ़ोन बंद</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/labels.py" line="44"/>
        <source>Message sent</source>
        <translation>संदेश भेजा</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/labels.py" line="47"/>
        <source>call</source>
        <translation>कॉल</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/labels.py" line="48"/>
        <source>QR, called from mobile</source>
        <translation>QR, मोबाइल से कॉल</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/labels.py" line="49"/>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/labels.py" line="50"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/labels.py" line="51"/>
        <source>number copied</source>
        <translation>नंबर कॉपी</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/labels.py" line="55"/>
        <source>logged</source>
        <translation>दर्ज</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/labels.py" line="56"/>
        <source>follow-up call</source>
        <translation>दोबारा कॉल</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/labels.py" line="57"/>
        <source>assigned</source>
        <translation>सौंपी गई</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/labels.py" line="58"/>
        <source>attended</source>
        <translation>पहुँचे</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/labels.py" line="59"/>
        <source>resolved</source>
        <translation>निवारण हुआ</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/labels.py" line="60"/>
        <source>callback</source>
        <translation>पुष्टि कॉल</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/labels.py" line="61"/>
        <source>reopened</source>
        <translation>पुनः खुली</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/labels.py" line="62"/>
        <source>closed</source>
        <translation>बंद</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/labels.py" line="63"/>
        <source>cancelled</source>
        <translation>रद्द</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/labels.py" line="64"/>
        <source>details corrected</source>
        <translation>विवरण सुधारा</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/labels.py" line="65"/>
        <source>linked to an incident</source>
        <translation>घटना से जोड़ी गई</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/labels.py" line="66"/>
        <source>taken out of an incident</source>
        <translation>घटना से हटाई गई</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/labels.py" line="67"/>
        <source>officer contacted</source>
        <translation>अधिकारी से संपर्क</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/labels.py" line="68"/>
        <source>contact outcome</source>
        <translation>संपर्क का परिणाम</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/labels.py" line="69"/>
        <source>escalated</source>
        <translation>ऊपर भेजी गई</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/labels.py" line="70"/>
        <source>reversed</source>
        <translation>पलटी गई</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/labels.py" line="71"/>
        <source>docket given to the caller</source>
        <translation>शिकायतकर्ता को डॉकेट दिया</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/labels.py" line="75"/>
        <source>fuse replaced</source>
        <translation>फ्यूज बदला</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/labels.py" line="76"/>
        <source>jumper repaired</source>
        <translation>जम्पर ठीक किया</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/labels.py" line="77"/>
        <source>conductor joined</source>
        <translation>तार जोड़ा</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/labels.py" line="78"/>
        <source>DT replaced</source>
        <translation>ट्रांसफॉर्मर बदला</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/labels.py" line="79"/>
        <source>DT fuse replaced</source>
        <translation>ट्रांसफॉर्मर का फ्यूज बदला</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/labels.py" line="80"/>
        <source>service cable repaired</source>
        <translation>सर्विस केबल ठीक की</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/labels.py" line="81"/>
        <source>pole straightened or replaced</source>
        <translation>खंभा सीधा किया या बदला</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/labels.py" line="82"/>
        <source>supply restored from feeder</source>
        <translation>फीडर से आपूर्ति बहाल</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/labels.py" line="83"/>
        <source>other</source>
        <translation>अन्य</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/labels.py" line="86"/>
        <source>supply restored</source>
        <translation>बिजली बहाल</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/labels.py" line="87"/>
        <source>not restored</source>
        <translation>बहाल नहीं</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/labels.py" line="88"/>
        <source>unreachable</source>
        <translation>संपर्क नहीं हुआ</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/labels.py" line="91"/>
        <source>Lineman</source>
        <translation>लाइनमैन</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/labels.py" line="92"/>
        <source>JE</source>
        <translation>कनीय अभियंता (JE)</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/labels.py" line="93"/>
        <source>SDO</source>
        <translation>सहायक अभियंता (SDO)</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/labels.py" line="94"/>
        <source>EE</source>
        <translation>कार्यपालक अभियंता (EE)</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/labels.py" line="98"/>
        <source>cause</source>
        <translation>कारण</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/labels.py" line="99"/>
        <source>note</source>
        <translation>टिप्पणी</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/labels.py" line="100"/>
        <source>outcome</source>
        <translation>परिणाम</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/labels.py" line="101"/>
        <source>attempt</source>
        <translation>प्रयास</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/labels.py" line="102"/>
        <source>reason</source>
        <translation>वजह</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/labels.py" line="103"/>
        <source>hours past SoP</source>
        <translation>SoP से घंटे अधिक</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/labels.py" line="104"/>
        <source>channel</source>
        <translation>माध्यम</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/labels.py" line="105"/>
        <source>incident</source>
        <translation>घटना</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/labels.py" line="106"/>
        <source>officer</source>
        <translation>अधिकारी</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/labels.py" line="107"/>
        <source>from</source>
        <translation>से</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/labels.py" line="108"/>
        <source>to</source>
        <translation>तक</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/labels.py" line="109"/>
        <source>number</source>
        <translation>नंबर</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/labels.py" line="110"/>
        <source>duplicate of</source>
        <translation>दोहरी शिकायत</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/labels.py" line="111"/>
        <source>SoP</source>
        <translation>SoP</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/labels.py" line="115"/>
        <source>Clerk</source>
        <translation>क्लर्क</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/labels.py" line="116"/>
        <source>Supervisor (JE/SDO)</source>
        <translation>पर्यवेक्षक (JE/SDO)</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/labels.py" line="117"/>
        <source>Inspector</source>
        <translation>निरीक्षक</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/labels.py" line="118"/>
        <source>Administrator</source>
        <translation>प्रशासक</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/labels.py" line="147"/>
        <source>%1 h</source>
        <translation>%1 घंटे</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/labels.py" line="156"/>
        <source>%1 d %2 h</source>
        <translation>%1 दिन %2 घं</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/labels.py" line="162"/>
        <source>%1 h %2 m</source>
        <translation>%1 घं %2 मि</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/labels.py" line="166"/>
        <source>%1 m</source>
        <translation>%1 मि</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/labels.py" line="172"/>
        <source>overdue %1</source>
        <translation>%1 विलंब</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/labels.py" line="174"/>
        <source>in %1</source>
        <translation>%1 में</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../../fusecentre_app/services/accounts.py" line="30"/>
        <source>Use letters, digits, dots or underscores.</source>
        <translation>अक्षर, अंक, बिंदु या अंडरस्कोर का प्रयोग करें।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/accounts.py" line="83"/>
        <source>Enter the person&apos;s name.</source>
        <translation>व्यक्ति का नाम लिखें।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/accounts.py" line="93"/>
        <source>Choose a role: clerk, supervisor, inspector or admin.</source>
        <translation>भूमिका चुनें: clerk, supervisor, inspector या admin।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/accounts.py" line="100"/>
        <source>The first account of a store is its administrator.</source>
        <translation>डेटाबेस का पहला खाता उसका प्रशासक होता है।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/accounts.py" line="124"/>
        <location filename="../../fusecentre_app/services/handover.py" line="416"/>
        <location filename="../../fusecentre_app/services/interruptions.py" line="710"/>
        <source>There is no centre with code {centre_code!r}.</source>
        <translation>कोड {centre_code!r} का कोई केंद्र नहीं है।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/accounts.py" line="136"/>
        <source>Choose the account&apos;s centre.</source>
        <translation>खाते का केंद्र चुनें।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/accounts.py" line="142"/>
        <source>A clerk or supervisor works at one centre: choose it.</source>
        <translation>लिपिक या पर्यवेक्षक एक केंद्र पर काम करते हैं: वह केंद्र चुनें।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/accounts.py" line="150"/>
        <source>This user name is taken.</source>
        <translation>यह उपयोगकर्ता नाम पहले से लिया जा चुका है।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/accounts.py" line="174"/>
        <location filename="../../fusecentre_app/services/uow.py" line="156"/>
        <source>This account is not in the database.</source>
        <translation>यह खाता डेटाबेस में नहीं है।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/accounts.py" line="210"/>
        <source>Say why (for example, transferred to Dumraon).</source>
        <translation>कारण बताएँ (जैसे, डुमराँव स्थानांतरण)।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/accounts.py" line="219"/>
        <source>{username} is already deactivated.</source>
        <translation>{username} पहले से निष्क्रिय है।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/accounts.py" line="225"/>
        <source>You cannot deactivate your own account.</source>
        <translation>आप अपना ही खाता निष्क्रिय नहीं कर सकते।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/accounts.py" line="230"/>
        <source>This is the last administrator; add another one first.</source>
        <translation>यह अंतिम प्रशासक है; पहले कोई दूसरा प्रशासक जोड़ें।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/accounts.py" line="274"/>
        <source>This is not your current password.</source>
        <translation>यह आपका वर्तमान पासवर्ड नहीं है।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/accounts.py" line="282"/>
        <source>Choose a password other than the current one.</source>
        <translation>वर्तमान पासवर्ड से अलग कोई पासवर्ड चुनें।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/accounts.py" line="326"/>
        <source>There is no desk user {username!r}.</source>
        <translation>डेस्क का कोई उपयोगकर्ता {username!r} नहीं है।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/auth.py" line="39"/>
        <source>Wrong user name or password, or the account is waiting after repeated wrong tries: try again later, or ask the administrator to reset the password.</source>
        <translation>उपयोगकर्ता नाम या पासवर्ड गलत है, या बार-बार गलत प्रयास के बाद खाता रुका हुआ है: बाद में फिर प्रयास करें, या प्रशासक से पासवर्ड रीसेट करवाएँ।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/auth.py" line="170"/>
        <source>This account has been deactivated; ask the administrator.</source>
        <translation>यह खाता निष्क्रिय कर दिया गया है; प्रशासक से बात करें।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/backup.py" line="49"/>
        <source>A PostgreSQL store is backed up on its server with pg_dump (see docs/deploy-postgresql.md), not from a desk.</source>
        <translation>PostgreSQL डेटाबेस का बैकअप उसके सर्वर पर pg_dump से लिया जाता है (देखें docs/deploy-postgresql.md), डेस्क से नहीं।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/backup.py" line="101"/>
        <source>{path} is not a desk store ({exc}).</source>
        <translation>{path} डेस्क का डेटाबेस नहीं है ({exc})।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/backup.py" line="135"/>
        <source>{target} already exists; choose another file or a folder.</source>
        <translation>{target} पहले से मौजूद है; कोई दूसरी फ़ाइल या फ़ोल्डर चुनें।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/backup.py" line="144"/>
        <source>There is no folder {parent}; choose one that exists.</source>
        <translation>{parent} नाम का कोई फ़ोल्डर नहीं है; कोई मौजूदा फ़ोल्डर चुनें।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/backup.py" line="161"/>
        <source>No backup was made: {exc}.</source>
        <translation>बैकअप नहीं बना: {exc}।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/backup.py" line="171"/>
        <source>No backup was made: the copy could not be read ({exc}).</source>
        <translation>बैकअप नहीं बना: प्रति पढ़ी नहीं जा सकी ({exc})।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/backup.py" line="180"/>
        <source>No backup was made: the copy failed its check ({problems}); the store itself may be damaged, so tell the supervisor.</source>
        <translation>बैकअप नहीं बना: प्रति जाँच में विफल रही ({problems}); डेटाबेस स्वयं क्षतिग्रस्त हो सकता है, इसलिए पर्यवेक्षक को बताएँ।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/backup.py" line="221"/>
        <source>Cannot copy {name} to {parent}: {exc}.</source>
        <translation>{name} को {parent} में कॉपी नहीं किया जा सका: {exc}।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/backup.py" line="253"/>
        <source>Cannot open {store}: {exc}.</source>
        <translation>{store} नहीं खुल सका: {exc}।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/backup.py" line="263"/>
        <source>A desk (or another program) has {store} open: close every desk on this store, then restore again. Nothing was changed.</source>
        <translation>किसी डेस्क (या अन्य प्रोग्राम) ने {store} खोल रखा है: इस डेटाबेस पर हर डेस्क बंद करें, फिर दोबारा पुनर्स्थापित करें। कुछ नहीं बदला गया।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/backup.py" line="277"/>
        <source>Cannot take {store} out of use (journal mode {mode}).</source>
        <translation>{store} को उपयोग से हटाया नहीं जा सका (जर्नल मोड {mode})।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/backup.py" line="291"/>
        <source>There is no backup {backup}.</source>
        <translation>{backup} नाम का कोई बैकअप नहीं है।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/backup.py" line="299"/>
        <source>{backup} is damaged ({problems}); nothing was restored: use an older backup.</source>
        <translation>{backup} क्षतिग्रस्त है ({problems}); कुछ भी पुनर्स्थापित नहीं हुआ: कोई पुराना बैकअप उपयोग करें।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/backup.py" line="311"/>
        <source>{backup} is at schema {schema} and this version&apos;s is {head}: restore it with the version of the desk that made it, then upgrade.</source>
        <translation>{backup} स्कीमा {schema} पर है और इस संस्करण का स्कीमा {head} है: इसे डेस्क के उसी संस्करण से पुनर्स्थापित करें जिसने इसे बनाया, फिर अपग्रेड करें।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/backup.py" line="324"/>
        <source>The backup and the store are the same file.</source>
        <translation>बैकअप और डेटाबेस एक ही फ़ाइल हैं।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/backup.py" line="343"/>
        <source>Nothing was restored: {exc}.</source>
        <translation>कुछ भी पुनर्स्थापित नहीं हुआ: {exc}।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/claims.py" line="37"/>
        <source>awarded</source>
        <translation>स्वीकृत</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/claims.py" line="38"/>
        <source>refused</source>
        <translation>अस्वीकृत</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/claims.py" line="86"/>
        <source>must be hand or post, not {received_by!r}</source>
        <translation>hand या post होना चाहिए, {received_by!r} नहीं</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/claims.py" line="90"/>
        <source>give the consumer&apos;s name</source>
        <translation>उपभोक्ता का नाम दें</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/claims.py" line="93"/>
        <source>give the consumer&apos;s name in 120 characters or fewer</source>
        <translation>उपभोक्ता का नाम 120 या उससे कम अक्षरों में दें</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/claims.py" line="97"/>
        <source>a consumer number has 30 characters or fewer</source>
        <translation>उपभोक्ता संख्या में 30 या उससे कम अक्षर होते हैं</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/claims.py" line="101"/>
        <source>{received_on} is in the future</source>
        <translation>{received_on} भविष्य की तारीख है</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/claims.py" line="106"/>
        <source>the amount claimed cannot be negative</source>
        <translation>दावे की राशि ऋणात्मक नहीं हो सकती</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/claims.py" line="134"/>
        <source>There is no complaint with docket {docket}.</source>
        <translation>डॉकेट {docket} की कोई शिकायत नहीं है।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/claims.py" line="143"/>
        <source>{received_on} is before complaint {docket} was logged ({logged_on})</source>
        <translation>{received_on} शिकायत {docket} दर्ज होने ({logged_on}) से पहले की है</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/claims.py" line="191"/>
        <source>Decide the claim with an amount, or refuse it with a reason.</source>
        <translation>दावे का निर्णय राशि के साथ करें, या कारण सहित उसे अस्वीकार करें।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/claims.py" line="198"/>
        <source>Give the reason the claim is refused.</source>
        <translation>दावा अस्वीकार करने का कारण दें।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/claims.py" line="203"/>
        <source>Give the reason the claim is refused in 300 characters or fewer.</source>
        <translation>दावा अस्वीकार करने का कारण 300 या उससे कम अक्षरों में दें।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/claims.py" line="210"/>
        <source>The amount awarded cannot be negative.</source>
        <translation>स्वीकृत राशि ऋणात्मक नहीं हो सकती।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/claims.py" line="215"/>
        <source>A refused claim awards nothing to recover from an officer.</source>
        <translation>अस्वीकृत दावे में कुछ भी स्वीकृत नहीं होता जिसे किसी अधिकारी से वसूला जाए।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/claims.py" line="223"/>
        <source>The decision&apos;s day {day} is in the future.</source>
        <translation>निर्णय की तारीख {day} भविष्य में है।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/claims.py" line="234"/>
        <source>There is no claim {claim_id} in the register.</source>
        <translation>पंजी में दावा {claim_id} नहीं है।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/claims.py" line="241"/>
        <source>Claim {claim_id} was already decided on {decided_on} ({decision}); a decision is not changed.</source>
        <translation>दावे {claim_id} का निर्णय {decided_on} को हो चुका है ({decision}); निर्णय बदला नहीं जाता।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/claims.py" line="255"/>
        <source>The decision&apos;s day {day} is before the claim was received ({received_on}).</source>
        <translation>निर्णय की तारीख {day} दावा प्राप्त होने ({received_on}) से पहले की है।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/claims.py" line="269"/>
        <source>Recovery: {exc}.</source>
        <translation>वसूली: {exc}।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/claims.py" line="303"/>
        <source>No officer has employee id {employees}.</source>
        <translation>किसी अधिकारी की कर्मचारी संख्या {employees} नहीं है।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/compensation.py" line="149"/>
        <location filename="../../fusecentre_app/services/contact.py" line="126"/>
        <location filename="../../fusecentre_app/services/contact.py" line="155"/>
        <location filename="../../fusecentre_app/services/details.py" line="133"/>
        <location filename="../../fusecentre_app/services/lifecycle.py" line="98"/>
        <source>This complaint is not in the database.</source>
        <translation>यह शिकायत डेटाबेस में नहीं है।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/compensation.py" line="253"/>
        <source>month must be YYYY-MM, not {text!r}</source>
        <translation>माह YYYY-MM के रूप में होना चाहिए, {text!r} नहीं</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/compensation.py" line="312"/>
        <location filename="../../fusecentre_app/services/console.py" line="255"/>
        <location filename="../../fusecentre_app/services/shutdowns.py" line="260"/>
        <source>There is no centre {code}.</source>
        <translation>{code} नाम का कोई केंद्र नहीं है।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/complaints.py" line="179"/>
        <source>Enter the caller&apos;s mobile number: it is needed for the callback.</source>
        <translation>शिकायतकर्ता का मोबाइल नंबर लिखें: पुष्टि कॉल के लिए यह आवश्यक है।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/complaints.py" line="185"/>
        <source>Enter the social media handle or the link to the post.</source>
        <translation>सोशल मीडिया हैंडल या पोस्ट का लिंक लिखें।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/complaints.py" line="189"/>
        <source>Choose the officer who forwarded this complaint.</source>
        <translation>वह अधिकारी चुनें जिसने यह शिकायत भेजी।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/complaints.py" line="197"/>
        <source>A consumer number has 4 to 20 letters or digits.</source>
        <translation>उपभोक्ता संख्या में 4 से 20 अक्षर या अंक होते हैं।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/complaints.py" line="201"/>
        <source>Enter the village or mohalla so the lineman can find the place.</source>
        <translation>गाँव या मोहल्ला लिखें ताकि लाइनमैन जगह ढूँढ सके।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/complaints.py" line="207"/>
        <location filename="../../fusecentre_app/services/complaints.py" line="580"/>
        <source>Choose the kind of complaint.</source>
        <translation>शिकायत का प्रकार चुनें।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/complaints.py" line="218"/>
        <source>The received time is in the future.</source>
        <translation>प्राप्ति का समय भविष्य में है।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/complaints.py" line="224"/>
        <source>Check the year: {year} is before the desk&apos;s time.</source>
        <translation>वर्ष जाँचें: {year} डेस्क के समय से पहले का है।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/complaints.py" line="584"/>
        <source>This feeder does not belong to this centre.</source>
        <translation>यह फीडर इस केंद्र का नहीं है।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/complaints.py" line="589"/>
        <source>Choose the feeder of this transformer.</source>
        <translation>इस ट्रांसफार्मर का फीडर चुनें।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/complaints.py" line="593"/>
        <source>This transformer is not on the chosen feeder.</source>
        <translation>यह ट्रांसफार्मर चुने गए फीडर पर नहीं है।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/complaints.py" line="597"/>
        <location filename="../../fusecentre_app/services/contact.py" line="103"/>
        <location filename="../../fusecentre_app/services/contact.py" line="217"/>
        <location filename="../../fusecentre_app/services/contact.py" line="444"/>
        <location filename="../../fusecentre_app/services/lifecycle.py" line="172"/>
        <source>This officer is not in the directory.</source>
        <translation>यह अधिकारी निर्देशिका में नहीं है।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/complaints.py" line="878"/>
        <source>Complaint {docket} is already closed; log a new complaint instead.</source>
        <translation>शिकायत {docket} पहले ही बंद हो चुकी है; इसके बजाय नई शिकायत दर्ज करें।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/contact.py" line="272"/>
        <source>The complaint has no caller mobile to send to.</source>
        <translation>इस शिकायत में शिकायतकर्ता का कोई मोबाइल नंबर नहीं है जिस पर भेजा जाए।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/contact.py" line="303"/>
        <source>This contact attempt is not in the database.</source>
        <translation>यह संपर्क प्रयास डेटाबेस में नहीं है।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/contact.py" line="310"/>
        <source>The outcome of this attempt was already recorded ({outcome}).</source>
        <translation>इस प्रयास का परिणाम पहले ही दर्ज हो चुका है ({outcome})।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/contact.py" line="320"/>
        <source>A message was sent: record it as sent, not as a call&apos;s answer.</source>
        <translation>संदेश भेजा गया था: इसे भेजा गया दर्ज करें, कॉल के उत्तर के रूप में नहीं।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/corrections.py" line="58"/>
        <source>A logged complaint is not reversed; a supervisor cancels it.</source>
        <translation>दर्ज शिकायत वापस नहीं ली जाती; पर्यवेक्षक उसे रद्द करते हैं।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/corrections.py" line="63"/>
        <source>A reversal cannot itself be reversed; correct the complaint.</source>
        <translation>वापसी को स्वयं वापस नहीं लिया जा सकता; शिकायत में सुधार करें।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/corrections.py" line="68"/>
        <source>A contact attempt stays on record; record its outcome.</source>
        <translation>संपर्क प्रयास रिकॉर्ड में रहता है; उसका परिणाम दर्ज करें।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/corrections.py" line="71"/>
        <source>A contact attempt&apos;s outcome stays on record.</source>
        <translation>संपर्क प्रयास का परिणाम रिकॉर्ड में रहता है।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/corrections.py" line="74"/>
        <source>An escalation stays on record.</source>
        <translation>मामला बढ़ाना रिकॉर्ड में रहता है।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/corrections.py" line="77"/>
        <source>The docket given to the caller stays on record.</source>
        <translation>शिकायतकर्ता को दिया गया डॉकेट रिकॉर्ड में रहता है।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/corrections.py" line="80"/>
        <source>A link to an incident is undone by taking the complaint out.</source>
        <translation>घटना से जुड़ाव शिकायत को घटना से अलग करके हटाया जाता है।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/corrections.py" line="85"/>
        <source>Taking a complaint out of an incident stays on record.</source>
        <translation>शिकायत को घटना से अलग करना रिकॉर्ड में रहता है।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/corrections.py" line="137"/>
        <source>This detail cannot be corrected here.</source>
        <translation>यह विवरण यहाँ सुधारा नहीं जा सकता।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/corrections.py" line="143"/>
        <source>Say why the details are corrected.</source>
        <translation>बताएँ कि विवरण क्यों सुधारा जा रहा है।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/corrections.py" line="176"/>
        <source>Nothing differs from what is recorded.</source>
        <translation>दर्ज विवरण से कुछ भी अलग नहीं है।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/corrections.py" line="282"/>
        <source>Say what went wrong (for example, wrong complaint).</source>
        <translation>बताएँ कि क्या गलत हुआ (जैसे, गलत शिकायत)।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/corrections.py" line="311"/>
        <source>This complaint was resolved with its incident; take it out of the incident or correct the incident instead.</source>
        <translation>इस शिकायत का निवारण उसकी घटना के साथ हुआ था; इसे घटना से अलग करें या इसके बजाय घटना में सुधार करें।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/incidents.py" line="97"/>
        <location filename="../../fusecentre_app/services/incidents.py" line="128"/>
        <location filename="../../fusecentre_app/services/incidents.py" line="146"/>
        <source>This centre is not in the database.</source>
        <translation>यह केंद्र डेटाबेस में नहीं है।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/incidents.py" line="116"/>
        <source>At least 2 complaints make a cluster.</source>
        <translation>समूह के लिए कम से कम 2 शिकायतें चाहिए।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/incidents.py" line="120"/>
        <source>The window must be between 1 minute and 24 hours.</source>
        <translation>समय-सीमा 1 मिनट से 24 घंटे के बीच होनी चाहिए।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/incidents.py" line="206"/>
        <source>Say which transformer failed.</source>
        <translation>बताएँ कि कौन सा ट्रांसफार्मर खराब हुआ।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/incidents.py" line="216"/>
        <source>This feeder is not one of the centre&apos;s.</source>
        <translation>यह फीडर इस केंद्र का नहीं है।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/incidents.py" line="226"/>
        <source>This transformer is not on that feeder.</source>
        <translation>यह ट्रांसफार्मर उस फीडर पर नहीं है।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/incidents.py" line="265"/>
        <location filename="../../fusecentre_app/services/incidents.py" line="399"/>
        <source>Incident {id} is already resolved.</source>
        <translation>घटना {id} का निवारण पहले ही हो चुका है।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/incidents.py" line="287"/>
        <source>Say why the complaint is not part of the incident.</source>
        <translation>बताएँ कि शिकायत इस घटना का भाग क्यों नहीं है।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/incidents.py" line="298"/>
        <source>Complaint {docket} is not part of an incident.</source>
        <translation>शिकायत {docket} किसी घटना का भाग नहीं है।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/incidents.py" line="312"/>
        <source>This incident is not in the database.</source>
        <translation>यह घटना डेटाबेस में नहीं है।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/incidents.py" line="322"/>
        <source>Choose the complaints that belong to the fault.</source>
        <translation>इस खराबी से जुड़ी शिकायतें चुनें।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/incidents.py" line="334"/>
        <source>{docket} belongs to another centre</source>
        <translation>{docket} किसी दूसरे केंद्र की है</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/incidents.py" line="341"/>
        <source>{docket} is on another feeder</source>
        <translation>{docket} किसी दूसरे फीडर पर है</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/incidents.py" line="350"/>
        <source>{docket} is already in incident {incident}</source>
        <translation>{docket} पहले से घटना {incident} में है</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/incidents.py" line="358"/>
        <source>{docket} is {status}</source>
        <translation>{docket} {status} है</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/incidents.py" line="369"/>
        <location filename="../../fusecentre_app/domain/spreadsheet.py" line="200"/>
        <source>{list}; {item}</source>
        <translation>{list}; {item}</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/incidents.py" line="372"/>
        <source>Not linked: {problems}.</source>
        <translation>नहीं जोड़ी गईं: {problems}।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/inspection.py" line="208"/>
        <source>No register of {centre} for {day:%d-%m-%Y} was printed with this digest; give the event number printed beside it.</source>
        <translation>{centre} की {day:%d-%m-%Y} की कोई पंजी इस डाइजेस्ट के साथ नहीं छपी; इसके साथ छपी घटना-संख्या (event) दें।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/inspection.py" line="227"/>
        <location filename="../../fusecentre_app/services/masterdata.py" line="626"/>
        <location filename="../../fusecentre_app/services/negligence.py" line="821"/>
        <location filename="../../fusecentre_app/services/register_day.py" line="106"/>
        <location filename="../../fusecentre_app/services/shifts.py" line="77"/>
        <source>There is no centre with code {code!r}.</source>
        <translation>कोड {code!r} का कोई केंद्र नहीं है।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/inspection.py" line="254"/>
        <source>{day:%d-%m-%Y} has not come yet; choose a past day.</source>
        <translation>{day:%d-%m-%Y} अभी आया नहीं है; कोई बीता हुआ दिन चुनें।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/inspection.py" line="264"/>
        <source>Draw at least one complaint.</source>
        <translation>कम से कम एक शिकायत चुनें।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/inspection.py" line="324"/>
        <location filename="../../fusecentre_app/services/inspection.py" line="493"/>
        <source>This inspection is not in the database.</source>
        <translation>यह निरीक्षण डेटाबेस में नहीं है।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/inspection.py" line="330"/>
        <source>This inspection is finished; its results can no longer change.</source>
        <translation>यह निरीक्षण पूरा हो चुका है; इसके परिणाम अब बदल नहीं सकते।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/inspection.py" line="397"/>
        <source>Choose one of: {choices}.</source>
        <translation>इनमें से एक चुनें: {choices}।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/inspection.py" line="406"/>
        <source>Say why this consumer was not called.</source>
        <translation>बताएँ कि इस उपभोक्ता को कॉल क्यों नहीं किया गया।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/inspection.py" line="414"/>
        <source>This sample line is not in the database.</source>
        <translation>नमूने की यह पंक्ति डेटाबेस में नहीं है।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/inspection.py" line="440"/>
        <source>{waiting} sampled consumer(s) not called yet ({dockets}): call each, or say why not.</source>
        <translation>नमूने के {waiting} उपभोक्ताओं को अभी कॉल नहीं किया गया ({dockets}): हर एक को कॉल करें, या कारण बताएँ।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/inspection.py" line="450"/>
        <source>Write the inspection&apos;s remarks.</source>
        <translation>निरीक्षण की टिप्पणी लिखें।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/intake.py" line="195"/>
        <source>A list is taken in from the 1912 helpline or a consumer hearing.</source>
        <translation>सूची 1912 हेल्पलाइन या उपभोक्ता सुनवाई से ली जाती है।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/intake.py" line="221"/>
        <source>row(s) {old} were received more than two days ago; only a supervisor can record them ({person} is not one)</source>
        <translation>पंक्ति {old} की शिकायतें दो दिन से पहले प्राप्त हुई थीं; इन्हें केवल पर्यवेक्षक दर्ज कर सकते हैं ({person} पर्यवेक्षक नहीं हैं)</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/intake.py" line="313"/>
        <location filename="../../fusecentre_app/domain/interruption_rows.py" line="65"/>
        <location filename="../../fusecentre_app/domain/officer_rows.py" line="133"/>
        <source>the header row is empty or missing</source>
        <translation>शीर्ष पंक्ति खाली है या नहीं है</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/intake.py" line="337"/>
        <source>the same {what} as row {first_of}</source>
        <translation>पंक्ति {first_of} वाला ही {what}</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/intake.py" line="352"/>
        <source>{name} has no complaints under its header</source>
        <translation>{name} में शीर्ष पंक्ति के नीचे कोई शिकायत नहीं है</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/intake.py" line="374"/>
        <location filename="../../fusecentre_app/domain/officer_rows.py" line="90"/>
        <source>columns {first!r} and {second!r} both give {column}</source>
        <translation>स्तंभ {first!r} और {second!r} दोनों {column} देते हैं</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/intake.py" line="394"/>
        <location filename="../../fusecentre_app/domain/officer_rows.py" line="107"/>
        <source>missing column(s): {columns}</source>
        <translation>स्तंभ नहीं हैं: {columns}</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/intake.py" line="427"/>
        <source>{column} is longer than {limit} characters</source>
        <translation>{column} {limit} अक्षरों से लंबा है</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/intake.py" line="436"/>
        <source>ref_1912 is empty: a 1912 complaint is known by its reference</source>
        <translation>ref_1912 खाली है: 1912 की शिकायत उसकी संदर्भ संख्या से पहचानी जाती है</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/intake.py" line="446"/>
        <source>type {type!r} is not a complaint type (give its code, such as FUSE_OFF)</source>
        <translation>प्रकार {type!r} कोई शिकायत प्रकार नहीं है (उसका कोड दें, जैसे FUSE_OFF)</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/intake.py" line="459"/>
        <source>feeder {feeder!r} is not a feeder of this centre</source>
        <translation>फीडर {feeder!r} इस केंद्र का फीडर नहीं है</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/intake.py" line="486"/>
        <source>{column}: {message}</source>
        <translation>{column}: {message}</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/intake.py" line="504"/>
        <source>received_at is empty: give the date and time the complaint was made</source>
        <translation>received_at खाली है: शिकायत की तारीख और समय दें</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/intake.py" line="519"/>
        <source>received_at {text!r} is not a date and time such as 2026-06-01 10:30 or 01-06-2026 10:30</source>
        <translation>received_at {text!r} तारीख और समय नहीं है, जैसे 2026-06-01 10:30 या 01-06-2026 10:30</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/interruptions.py" line="189"/>
        <location filename="../../fusecentre_app/services/shutdowns.py" line="143"/>
        <source>Feeder {feeder_code} is not in the division.</source>
        <translation>फीडर {feeder_code} इस प्रमंडल में नहीं है।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/interruptions.py" line="200"/>
        <location filename="../../fusecentre_app/services/interruptions.py" line="368"/>
        <source>The interruption&apos;s end is not after its start.</source>
        <translation>बाधा का अंत उसके आरंभ के बाद नहीं है।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/interruptions.py" line="225"/>
        <source>{feeder} from {start} is already on record (interruption {same}); correct that one instead.</source>
        <translation>{feeder} की {start} से बाधा पहले से रिकॉर्ड में है (बाधा {same}); उसी में सुधार करें।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/interruptions.py" line="306"/>
        <location filename="../../fusecentre_app/services/interruptions.py" line="354"/>
        <source>There is no interruption {interruption_id}.</source>
        <translation>बाधा {interruption_id} नहीं है।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/interruptions.py" line="315"/>
        <source>Consumers affected cannot be negative.</source>
        <translation>प्रभावित उपभोक्ताओं की संख्या ऋणात्मक नहीं हो सकती।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/interruptions.py" line="317"/>
        <source>Give the cause in 200 characters or fewer.</source>
        <translation>कारण 200 या उससे कम अक्षरों में दें।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/interruptions.py" line="320"/>
        <source>The interruption&apos;s end is later than now; record it once supply is back.</source>
        <translation>बाधा का अंत अभी के समय के बाद का है; बिजली वापस आने पर ही इसे दर्ज करें।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/interruptions.py" line="345"/>
        <location filename="../../fusecentre_app/services/shutdowns.py" line="189"/>
        <source>Give the reason for the correction.</source>
        <translation>सुधार का कारण दें।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/interruptions.py" line="420"/>
        <source>end {end} is later than now (India time)</source>
        <translation>अंत {end} अभी के समय (भारतीय समय) के बाद का है</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/interruptions.py" line="432"/>
        <source>the same interruption as row {seen}</source>
        <translation>पंक्ति {seen} वाली ही बाधा</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/interruptions.py" line="442"/>
        <source>{feeder} from {start:%Y-%m-%d %H:%M} is already on record</source>
        <translation>{feeder} की {start:%Y-%m-%d %H:%M} से बाधा पहले से रिकॉर्ड में है</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/lifecycle.py" line="64"/>
        <source>Complaint {docket} was changed at another desk — shown again now.</source>
        <translation>शिकायत {docket} किसी दूसरे डेस्क पर बदली गई — अब फिर से दिखाई गई है।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/lifecycle.py" line="113"/>
        <source>Complaint {docket} {reason}.</source>
        <translation>शिकायत {docket} {reason}।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/lifecycle.py" line="180"/>
        <source>This officer is no longer in service.</source>
        <translation>यह अधिकारी अब सेवा में नहीं है।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/lifecycle.py" line="221"/>
        <source>Say what was done (for example, fuse replaced).</source>
        <translation>बताएँ कि क्या किया गया (जैसे, फ्यूज बदला गया)।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/lifecycle.py" line="373"/>
        <source>Give the reason (for example, duplicate of a docket).</source>
        <translation>कारण दें (जैसे, किसी डॉकेट की दोहरी शिकायत)।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/lifecycle.py" line="391"/>
        <source>There is no complaint {duplicate_of} at this centre.</source>
        <translation>इस केंद्र पर शिकायत {duplicate_of} नहीं है।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/lifecycle.py" line="402"/>
        <source>A complaint cannot duplicate itself.</source>
        <translation>कोई शिकायत स्वयं की दोहरी नहीं हो सकती।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/masterdata.py" line="123"/>
        <source>{name}: file is missing</source>
        <translation>{name}: फ़ाइल नहीं मिली</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/masterdata.py" line="147"/>
        <source>{where}: {name} is empty</source>
        <translation>{where}: {name} खाली है</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/masterdata.py" line="180"/>
        <source>This store already holds a division.</source>
        <translation>इस डेटाबेस में पहले से एक प्रमंडल है।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/masterdata.py" line="133"/>
        <source>{name}: missing column(s) {columns}</source>
        <translation>{name}: स्तंभ नहीं हैं: {columns}</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/masterdata.py" line="209"/>
        <source>{where}: centre {code} appears twice</source>
        <translation>{where}: केंद्र {code} दो बार आया है</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/masterdata.py" line="237"/>
        <source>{where}: unknown centre {centre}</source>
        <translation>{where}: अज्ञात केंद्र {centre}</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/masterdata.py" line="258"/>
        <source>{where}: unknown PSS {pss}</source>
        <translation>{where}: अज्ञात PSS {pss}</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/masterdata.py" line="276"/>
        <source>{where}: agricultural must be yes or no</source>
        <translation>{where}: agricultural का मान yes या no होना चाहिए</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/masterdata.py" line="283"/>
        <location filename="../../fusecentre_app/services/masterdata.py" line="313"/>
        <source>{where}: consumers must be a whole number</source>
        <translation>{where}: consumers पूर्ण संख्या होनी चाहिए</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/masterdata.py" line="305"/>
        <location filename="../../fusecentre_app/services/masterdata.py" line="337"/>
        <source>{where}: unknown feeder {feeder}</source>
        <translation>{where}: अज्ञात फीडर {feeder}</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/masterdata.py" line="346"/>
        <source>{where}: DT {dt} is not on feeder {code}</source>
        <translation>{where}: DT {dt} फीडर {code} पर नहीं है</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/masterdata.py" line="355"/>
        <source>{where}: locality {locality} appears twice</source>
        <translation>{where}: इलाका {locality} दो बार आया है</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/masterdata.py" line="395"/>
        <source>{where}: unknown complaint type {type}</source>
        <translation>{where}: अज्ञात शिकायत प्रकार {type}</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/masterdata.py" line="538"/>
        <source>{where}: unknown designation {designation!r}</source>
        <translation>{where}: अज्ञात पदनाम {designation!r}</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/masterdata.py" line="566"/>
        <source>{where}: employee {employee} appears twice</source>
        <translation>{where}: कर्मचारी {employee} दो बार आया है</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/masterdata.py" line="405"/>
        <location filename="../../fusecentre_app/services/masterdata.py" line="549"/>
        <source>{where}: {exc}</source>
        <translation>{where}: {exc}</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/masterdata.py" line="266"/>
        <source>{where}: area must be urban or rural, not {area!r}</source>
        <translation>{where}: क्षेत्र urban या rural होना चाहिए, {area!r} नहीं</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/masterdata.py" line="581"/>
        <source>{where}: reports to unknown employee {boss}</source>
        <translation>{where}: अज्ञात कर्मचारी {boss} को रिपोर्ट करते हैं</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/masterdata.py" line="593"/>
        <source>{where}: unknown feeder {code}</source>
        <translation>{where}: अज्ञात फीडर {code}</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/masterdata.py" line="612"/>
        <source>This desk&apos;s centre is no longer in the database.</source>
        <translation>इस डेस्क का केंद्र अब डेटाबेस में नहीं है।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/negligence.py" line="247"/>
        <source>Give the officer&apos;s employee id or mobile.</source>
        <translation>अधिकारी की कर्मचारी संख्या या मोबाइल नंबर दें।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/negligence.py" line="268"/>
        <source>No officer has the employee id or mobile {key!r}.</source>
        <translation>किसी अधिकारी की कर्मचारी संख्या या मोबाइल {key!r} नहीं है।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/negligence.py" line="363"/>
        <source>The period ends before it begins.</source>
        <translation>अवधि शुरू होने से पहले ही समाप्त हो रही है।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/negligence.py" line="789"/>
        <source>The store has no centre yet.</source>
        <translation>डेटाबेस में अभी कोई केंद्र नहीं है।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/register.py" line="517"/>
        <source>{day:%d-%m-%Y} has not begun yet.</source>
        <translation>{day:%d-%m-%Y} अभी शुरू नहीं हुआ है।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/settings.py" line="68"/>
        <source>The {label} must be from {low} to {high}.</source>
        <translation>{label} {low} से {high} के बीच होना चाहिए।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/sheets.py" line="58"/>
        <source>{name}: there is no such file.</source>
        <translation>{name}: ऐसी कोई फ़ाइल नहीं है।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/sheets.py" line="65"/>
        <source>{name}: cannot be read ({reason}).</source>
        <translation>{name}: पढ़ी नहीं जा सकी ({reason})।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/sheets.py" line="83"/>
        <source>{name} is an old Excel 97-2003 workbook; save it as an Excel workbook (.xlsx) or as &quot;CSV UTF-8 (Comma delimited)&quot;</source>
        <translation>{name} पुरानी Excel 97-2003 वर्कबुक है; इसे Excel वर्कबुक (.xlsx) या &quot;CSV UTF-8 (Comma delimited)&quot; के रूप में सहेजें</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/sheets.py" line="110"/>
        <source>{name} is not an Excel workbook (.xlsx) that can be read</source>
        <translation>{name} पढ़ी जा सकने वाली Excel वर्कबुक (.xlsx) नहीं है</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/shift_change.py" line="113"/>
        <source>This handover sheet is not on record.</source>
        <translation>यह हस्तांतरण पत्रक रिकॉर्ड में नहीं है।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/shift_change.py" line="122"/>
        <source>Someone has already taken over from this handover.</source>
        <translation>इस हस्तांतरण से कोई पहले ही कार्यभार ले चुका है।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/shift_change.py" line="130"/>
        <source>The incoming clerk takes over; you printed this handover.</source>
        <translation>आने वाले लिपिक कार्यभार लेते हैं; यह हस्तांतरण आपने छापा था।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/shutdowns.py" line="75"/>
        <source>The shutdown&apos;s end is not after its start.</source>
        <translation>शटडाउन का अंत उसके आरंभ के बाद नहीं है।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/shutdowns.py" line="79"/>
        <source>Give the reason for the shutdown.</source>
        <translation>शटडाउन का कारण दें।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/shutdowns.py" line="83"/>
        <source>Give the reason in {limit} characters or fewer.</source>
        <translation>कारण {limit} या उससे कम अक्षरों में दें।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/shutdowns.py" line="88"/>
        <source>Say how the consumers were given notice.</source>
        <translation>बताएँ कि उपभोक्ताओं को सूचना कैसे दी गई।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/shutdowns.py" line="92"/>
        <source>Say how notice was given in {limit} characters or fewer (newspaper, sms, loudspeaker, …).</source>
        <translation>सूचना कैसे दी गई, {limit} या उससे कम अक्षरों में बताएँ (अख़बार, sms, लाउडस्पीकर, …)।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/shutdowns.py" line="121"/>
        <source>{code} already has a shutdown from {starts_at} to {ends_at}.</source>
        <translation>{code} पर {starts_at} से {ends_at} तक पहले से एक शटडाउन है।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/shutdowns.py" line="196"/>
        <source>There is no planned shutdown {shutdown_id}.</source>
        <translation>नियोजित शटडाउन {shutdown_id} नहीं है।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/shutdowns.py" line="308"/>
        <source>There is no complaint {complaint_id}.</source>
        <translation>शिकायत {complaint_id} नहीं है।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/uow.py" line="139"/>
        <source>This store already has desk users; sign in instead.</source>
        <translation>इस डेटाबेस में पहले से डेस्क उपयोगकर्ता हैं; इसके बजाय साइन इन करें।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/uow.py" line="148"/>
        <source>Sign in first: every change names the person who made it.</source>
        <translation>पहले साइन इन करें: हर बदलाव पर उसे करने वाले व्यक्ति का नाम होता है।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/uow.py" line="175"/>
        <source>This account has been deactivated; ask the administrator for a new one.</source>
        <translation>यह खाता निष्क्रिय कर दिया गया है; प्रशासक से नया खाता माँगें।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/uow.py" line="186"/>
        <source>This account&apos;s role is not one the desk knows; ask the administrator.</source>
        <translation>इस खाते की भूमिका डेस्क नहीं पहचानता; प्रशासक से बात करें।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/uow.py" line="203"/>
        <source>Choose your own password first: sign in at the desk, which asks for a new one.</source>
        <translation>पहले अपना पासवर्ड चुनें: डेस्क पर साइन इन करें, वह नया पासवर्ड माँगेगा।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/uow.py" line="214"/>
        <source>The command line may not {action}; use the desk.</source>
        <translation>कमांड लाइन से यह नहीं हो सकता: {action}; डेस्क का उपयोग करें।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/uow.py" line="225"/>
        <source>Your account belongs to no centre; ask the administrator to set one up for you.</source>
        <translation>आपका खाता किसी केंद्र का नहीं है; प्रशासक से अपने लिए केंद्र तय करवाएँ।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/uow.py" line="235"/>
        <source>Your account belongs to another centre; this record is not yours.</source>
        <translation>आपका खाता किसी दूसरे केंद्र का है; यह रिकॉर्ड आपका नहीं है।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/domain/lifecycle.py" line="73"/>
        <source>has no action {action!r}</source>
        <translation>में कोई कार्य {action!r} नहीं है</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/domain/lifecycle.py" line="80"/>
        <source>is {status}, so it cannot be {action}</source>
        <translation>{status} है, इसलिए यह कार्य नहीं हो सकता: {action}</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/domain/limits.py" line="43"/>
        <source>The {label} holds a NUL character (\x00), which cannot be stored; type it again.</source>
        <translation>{label} में NUL अक्षर (\x00) है, जिसे सहेजा नहीं जा सकता; इसे फिर से टाइप करें।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/domain/limits.py" line="52"/>
        <source>The {label} is {length} characters long; it may have at most {limit}.</source>
        <translation>{label} {length} अक्षरों का है; इसमें अधिकतम {limit} अक्षर हो सकते हैं।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/domain/phone.py" line="32"/>
        <source>Enter a phone number.</source>
        <translation>फ़ोन नंबर लिखें।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/domain/phone.py" line="35"/>
        <source>This number is too short.</source>
        <translation>यह नंबर बहुत छोटा है।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/domain/phone.py" line="41"/>
        <source>This is not a phone number.</source>
        <translation>यह फ़ोन नंबर नहीं है।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/domain/phone.py" line="45"/>
        <source>Only Indian numbers (+91) can be recorded.</source>
        <translation>केवल भारतीय नंबर (+91) दर्ज किए जा सकते हैं।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/domain/phone.py" line="50"/>
        <source>This is not a valid Indian phone number; check the digits.</source>
        <translation>यह मान्य भारतीय फ़ोन नंबर नहीं है; अंक जाँचें।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/domain/phone.py" line="59"/>
        <source>This is not a mobile number.</source>
        <translation>यह मोबाइल नंबर नहीं है।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/domain/roles.py" line="135"/>
        <source>Only a supervisor can cancel a complaint.</source>
        <translation>केवल पर्यवेक्षक ही शिकायत रद्द कर सकते हैं।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/domain/roles.py" line="139"/>
        <source>Only a supervisor can record a call received more than two days ago.</source>
        <translation>दो दिन से पहले प्राप्त कॉल केवल पर्यवेक्षक ही दर्ज कर सकते हैं।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/domain/roles.py" line="145"/>
        <source>Only an inspector or a supervisor can record an inspection.</source>
        <translation>निरीक्षण केवल निरीक्षक या पर्यवेक्षक ही दर्ज कर सकते हैं।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/domain/roles.py" line="151"/>
        <source>Only a supervisor, an inspector or an administrator can print a negligence case file.</source>
        <translation>लापरवाही की केस फ़ाइल केवल पर्यवेक्षक, निरीक्षक या प्रशासक ही छाप सकते हैं।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/domain/roles.py" line="160"/>
        <source>Only a supervisor or an administrator can import the officer directory.</source>
        <translation>अधिकारी निर्देशिका केवल पर्यवेक्षक या प्रशासक ही आयात कर सकते हैं।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/domain/roles.py" line="168"/>
        <source>Only a supervisor or an administrator can change the centre&apos;s settings.</source>
        <translation>केंद्र की सेटिंग केवल पर्यवेक्षक या प्रशासक ही बदल सकते हैं।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/domain/roles.py" line="175"/>
        <source>Only an administrator can change the division&apos;s settings.</source>
        <translation>प्रमंडल की सेटिंग केवल प्रशासक ही बदल सकते हैं।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/domain/roles.py" line="178"/>
        <source>Only an administrator can manage desk accounts.</source>
        <translation>डेस्क खातों का प्रबंधन केवल प्रशासक ही कर सकते हैं।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/domain/roles.py" line="181"/>
        <source>Only an administrator can restore the store from a backup.</source>
        <translation>बैकअप से डेटाबेस केवल प्रशासक ही पुनर्स्थापित कर सकते हैं।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/domain/roles.py" line="185"/>
        <source>Only a supervisor or an administrator can correct a feeder interruption.</source>
        <translation>फीडर बाधा में सुधार केवल पर्यवेक्षक या प्रशासक ही कर सकते हैं।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/domain/roles.py" line="193"/>
        <source>Only a supervisor or an administrator can change the feeders&apos; consumers and area.</source>
        <translation>फीडरों के उपभोक्ता और क्षेत्र केवल पर्यवेक्षक या प्रशासक ही बदल सकते हैं।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/domain/roles.py" line="201"/>
        <source>Only a supervisor or an administrator can register or correct a planned shutdown.</source>
        <translation>नियोजित शटडाउन केवल पर्यवेक्षक या प्रशासक ही दर्ज या सुधार सकते हैं।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/domain/roles.py" line="209"/>
        <source>Only a supervisor, an inspector or an administrator can record a compensation claim.</source>
        <translation>मुआवज़े का दावा केवल पर्यवेक्षक, निरीक्षक या प्रशासक ही दर्ज कर सकते हैं।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/domain/roles.py" line="218"/>
        <source>Only a supervisor, an inspector or an administrator can decide a compensation claim.</source>
        <translation>मुआवज़े के दावे का निर्णय केवल पर्यवेक्षक, निरीक्षक या प्रशासक ही कर सकते हैं।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/domain/roles.py" line="227"/>
        <source>An inspector&apos;s account reads and checks records; it cannot change them.</source>
        <translation>निरीक्षक का खाता रिकॉर्ड पढ़ता और जाँचता है; उन्हें बदल नहीं सकता।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/domain/roles.py" line="232"/>
        <source>An administrator&apos;s account manages accounts and settings; sign in as a clerk or supervisor to work on complaints.</source>
        <translation>प्रशासक का खाता खातों और सेटिंग का प्रबंधन करता है; शिकायतों पर काम करने के लिए लिपिक या पर्यवेक्षक के रूप में साइन इन करें।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/complaint_export.py" line="67"/>
        <source>Choose at most {days} days to export at a time.</source>
        <translation>एक बार में अधिकतम {days} दिन निर्यात के लिए चुनें।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/csvfile.py" line="34"/>
        <location filename="../../fusecentre_app/services/sheets.py" line="210"/>
        <source>{name}: cannot be written ({reason}); if it is open in a spreadsheet, close it and try again.</source>
        <translation>{name}: लिखी नहीं जा सकी ({reason}); यदि यह किसी स्प्रेडशीट में खुली है, तो उसे बंद करके फिर प्रयास करें।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/handover.py" line="386"/>
        <source>{at:%d-%m-%Y %H:%M} is still ahead.</source>
        <translation>{at:%d-%m-%Y %H:%M} अभी आया नहीं है।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/directory.py" line="251"/>
        <source>employee id {employee_id} is {name_en}&apos;s but mobile {mobile} is {name_en2}&apos;s ({employee_id2}); one row cannot update two officers</source>
        <translation>कर्मचारी संख्या {employee_id} {name_en} की है पर मोबाइल {mobile} {name_en2} ({employee_id2}) का है; एक पंक्ति दो अधिकारियों को नहीं बदल सकती</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/directory.py" line="275"/>
        <source>updates the same officer ({employee_id}, {name_en}) as row {claimed}</source>
        <translation>पंक्ति {claimed} वाले ही अधिकारी ({employee_id}, {name_en}) को बदलती है</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/directory.py" line="323"/>
        <source>reports to {reports_to}, who is neither in this file nor in the directory</source>
        <translation>{reports_to} को रिपोर्ट करते हैं, जो न इस फ़ाइल में हैं न निर्देशिका में</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/directory.py" line="347"/>
        <source>reports-to loop: {loop}</source>
        <translation>रिपोर्टिंग का चक्र: {loop}</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/domain/interruption_rows.py" line="84"/>
        <source>the columns are separated by {separator}, not commas: save the sheet as &quot;CSV UTF-8 (Comma delimited)&quot; or as an Excel workbook (.xlsx)</source>
        <translation>कॉलम कॉमा से नहीं, {separator} से अलग हैं: शीट को &quot;CSV UTF-8 (Comma delimited)&quot; या Excel वर्कबुक (.xlsx) के रूप में सहेजें</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/domain/interruption_rows.py" line="98"/>
        <source>the header lacks {missing} (wanted: {wanted})</source>
        <translation>शीर्ष पंक्ति में {missing} नहीं है (चाहिए: {wanted})</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/domain/interruption_rows.py" line="164"/>
        <source>feeder is empty</source>
        <translation>फीडर खाली है</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/domain/interruption_rows.py" line="168"/>
        <location filename="../../fusecentre_app/domain/interruption_rows.py" line="248"/>
        <source>feeder {feeder} is not in the division</source>
        <translation>फीडर {feeder} इस प्रमंडल में नहीं है</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/domain/interruption_rows.py" line="178"/>
        <source>{name} {text!r} is not YYYY-MM-DD HH:MM</source>
        <translation>{name} {text!r} YYYY-MM-DD HH:MM के रूप में नहीं है</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/domain/interruption_rows.py" line="184"/>
        <source>end is not after start</source>
        <translation>अंत आरंभ के बाद नहीं है</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/domain/interruption_rows.py" line="189"/>
        <source>planned must be yes or no, not {planned!r}</source>
        <translation>planned का मान yes या no होना चाहिए, {planned!r} नहीं</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/domain/interruption_rows.py" line="198"/>
        <source>consumers_affected {raw_affected!r} is not a whole number</source>
        <translation>consumers_affected {raw_affected!r} पूर्ण संख्या नहीं है</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/domain/interruption_rows.py" line="207"/>
        <source>consumers_affected {affected} is more than {code}&apos;s {feeders} consumers</source>
        <translation>consumers_affected {affected}, {code} के {feeders} उपभोक्ताओं से अधिक है</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/domain/interruption_rows.py" line="218"/>
        <source>cause is longer than 200 characters</source>
        <translation>कारण 200 अक्षरों से लंबा है</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/domain/interruption_rows.py" line="255"/>
        <source>feeder {code} appears twice (also on row {seen})</source>
        <translation>फीडर {code} दो बार आया है (पंक्ति {seen} पर भी)</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/domain/interruption_rows.py" line="268"/>
        <source>area must be urban or rural, not {area!r}</source>
        <translation>क्षेत्र urban या rural होना चाहिए, {area!r} नहीं</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/domain/interruption_rows.py" line="276"/>
        <source>agricultural must be yes or no, not {agricultural!r}</source>
        <translation>agricultural का मान yes या no होना चाहिए, {agricultural!r} नहीं</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/domain/interruption_rows.py" line="286"/>
        <source>consumers {consumers!r} is not a whole number</source>
        <translation>consumers {consumers!r} पूर्ण संख्या नहीं है</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/domain/interruption_rows.py" line="297"/>
        <source>effective_from {text!r} is not YYYY-MM-DD</source>
        <translation>effective_from {text!r} YYYY-MM-DD के रूप में नहीं है</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/domain/interruption_rows.py" line="404"/>
        <source>the changes take effect on {effective_from}, after today ({today}); import them on or after that day</source>
        <translation>बदलाव {effective_from} से लागू होंगे, जो आज ({today}) के बाद है; उन्हें उसी दिन या उसके बाद आयात करें</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/domain/interruption_rows.py" line="418"/>
        <source>effective_from {effective_from} is after today ({today}); import it on or after that day</source>
        <translation>effective_from {effective_from} आज ({today}) के बाद है; इसे उसी दिन या उसके बाद आयात करें</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/domain/officer_rows.py" line="152"/>
        <source>has more cells than the header (an unquoted comma?)</source>
        <translation>इसमें शीर्ष पंक्ति से अधिक खाने हैं (कहीं बिना उद्धरण का अल्पविराम?)</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/domain/officer_rows.py" line="182"/>
        <source>{column} is empty</source>
        <translation>{column} खाली है</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/domain/officer_rows.py" line="201"/>
        <source>designation {designation!r} is not one of EE, SDO, JE, LINEMAN</source>
        <translation>पदनाम {designation!r} EE, SDO, JE, LINEMAN में से कोई नहीं है</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/domain/officer_rows.py" line="215"/>
        <source>mobile {mobile}: {exc}</source>
        <translation>मोबाइल {mobile}: {exc}</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/domain/officer_rows.py" line="226"/>
        <source>alternate {alternate}: {exc}</source>
        <translation>वैकल्पिक नंबर {alternate}: {exc}</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/domain/officer_rows.py" line="246"/>
        <source>unknown feeder(s) {feeders}</source>
        <translation>अज्ञात फीडर: {feeders}</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/domain/officer_rows.py" line="274"/>
        <source>{key} {shown} is also on row {first}</source>
        <translation>{key} {shown} पंक्ति {first} पर भी है</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/domain/spreadsheet.py" line="31"/>
        <source>save the sheet as &quot;CSV UTF-8 (Comma delimited)&quot; or as an Excel workbook (.xlsx) and use that file</source>
        <translation>शीट को &quot;CSV UTF-8 (Comma delimited)&quot; या Excel वर्कबुक (.xlsx) के रूप में सहेजें और वही फ़ाइल दें</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/domain/spreadsheet.py" line="54"/>
        <source>row {row}: {problem}</source>
        <translation>पंक्ति {row}: {problem}</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/domain/spreadsheet.py" line="84"/>
        <source>{name} is UTF-16 (&apos;Unicode text&apos;); save it as CSV UTF-8</source>
        <translation>{name} UTF-16 (&apos;Unicode text&apos;) में है; इसे CSV UTF-8 के रूप में सहेजें</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/domain/spreadsheet.py" line="104"/>
        <source>{name} is UTF-8 but line {line} is not; save it again</source>
        <translation>{name} UTF-8 में है पर पंक्ति {line} नहीं; इसे फिर से सहेजें</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/domain/spreadsheet.py" line="121"/>
        <source>{name} is neither UTF-8 nor Windows-1252 text</source>
        <translation>{name} न UTF-8 है न Windows-1252 टेक्स्ट</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/domain/spreadsheet.py" line="142"/>
        <source>not readable as CSV ({exc})</source>
        <translation>CSV के रूप में पढ़ी नहीं जा सकी ({exc})</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/domain/spreadsheet.py" line="193"/>
        <source>{column} on row(s) {rows}</source>
        <translation>पंक्ति {rows} पर {column}</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/domain/spreadsheet.py" line="228"/>
        <source>{where} came back as question marks: the file was saved as &quot;CSV (Comma delimited)&quot;, which cannot keep Hindi; {advice}</source>
        <translation>{where} प्रश्नचिह्न बनकर लौटे: फ़ाइल &quot;CSV (Comma delimited)&quot; के रूप में सहेजी गई थी, जो हिंदी नहीं रख सकती; {advice}</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/domain/spreadsheet.py" line="244"/>
        <source>{where} reads as &apos;à¤…&apos;: the Hindi was garbled when {name} was opened as ANSI text and saved again; take the original list, or {advice}</source>
        <translation>{where} &apos;à¤…&apos; जैसा पढ़ा जाता है: {name} को ANSI टेक्स्ट के रूप में खोलकर फिर सहेजने पर हिंदी बिगड़ गई; मूल सूची लें, या {advice}</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/errors.py" line="50"/>
        <source>The database file was deleted or replaced while the desk was running, so nothing was saved (your entries are kept): close the desk, put the store back (or restore the last backup) and start it again.</source>
        <translation>डेस्क चलते समय डेटाबेस फ़ाइल हटा दी गई या बदल दी गई, इसलिए कुछ भी सहेजा नहीं गया (आपकी प्रविष्टियाँ सुरक्षित हैं): डेस्क बंद करें, डेटाबेस वापस रखें (या पिछला बैकअप पुनर्स्थापित करें) और फिर से शुरू करें।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/errors.py" line="61"/>
        <source>The database is damaged, so nothing was saved (your entries are kept): close the desk and ask the supervisor to restore the last backup.</source>
        <translation>डेटाबेस क्षतिग्रस्त है, इसलिए कुछ भी सहेजा नहीं गया (आपकी प्रविष्टियाँ सुरक्षित हैं): डेस्क बंद करें और पर्यवेक्षक से पिछला बैकअप पुनर्स्थापित करवाएँ।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/errors.py" line="69"/>
        <source>The database is busy with another program, so nothing was saved (your entries are kept): try again in a moment.</source>
        <translation>डेटाबेस किसी दूसरे प्रोग्राम में व्यस्त है, इसलिए कुछ भी सहेजा नहीं गया (आपकी प्रविष्टियाँ सुरक्षित हैं): थोड़ी देर में फिर प्रयास करें।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/errors.py" line="77"/>
        <source>The database cannot be written (its file or folder is read-only), so nothing was saved (your entries are kept): ask the supervisor to check the data folder.</source>
        <translation>डेटाबेस में लिखा नहीं जा सकता (उसकी फ़ाइल या फ़ोल्डर केवल पढ़ने योग्य है), इसलिए कुछ भी सहेजा नहीं गया (आपकी प्रविष्टियाँ सुरक्षित हैं): पर्यवेक्षक से डेटा फ़ोल्डर जाँचने को कहें।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/errors.py" line="85"/>
        <source>The disk is full, so nothing was saved (your entries are kept): free some space, then save again.</source>
        <translation>डिस्क भर गई है, इसलिए कुछ भी सहेजा नहीं गया (आपकी प्रविष्टियाँ सुरक्षित हैं): कुछ जगह खाली करें, फिर दोबारा सहेजें।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/errors.py" line="92"/>
        <source>The database reported an error, so nothing was saved (your entries are kept): try again, and tell the supervisor if it keeps happening.</source>
        <translation>डेटाबेस ने त्रुटि बताई, इसलिए कुछ भी सहेजा नहीं गया (आपकी प्रविष्टियाँ सुरक्षित हैं): फिर प्रयास करें, और बार-बार ऐसा हो तो पर्यवेक्षक को बताएँ।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/domain/shifts.py" line="72"/>
        <source>Give the shifts as start-end hours, for example &quot;6-14,14-22,22-6&quot;.</source>
        <translation>पालियाँ आरंभ-अंत घंटों में दें, जैसे &quot;6-14,14-22,22-6&quot;।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/domain/shifts.py" line="82"/>
        <source>an empty entry</source>
        <translation>खाली प्रविष्टि</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/domain/shifts.py" line="86"/>
        <source>Shift {number} is {shown}: write each shift as start-end hours, for example &quot;6-14&quot;, separated by commas.</source>
        <translation>पाली {number} {shown} है: हर पाली को आरंभ-अंत घंटों में लिखें, जैसे &quot;6-14&quot;, अल्पविराम से अलग करके।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/domain/shifts.py" line="100"/>
        <source>Shift {number} (&quot;{part}&quot;): hours run from 0 to 23; write midnight as 0.</source>
        <translation>पाली {number} (&quot;{part}&quot;): घंटे 0 से 23 तक होते हैं; मध्यरात्रि को 0 लिखें।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/domain/shifts.py" line="112"/>
        <source>Shift {number} (&quot;{part}&quot;) starts and ends at the same hour; only a single shift may cover the whole day.</source>
        <translation>पाली {number} (&quot;{part}&quot;) एक ही घंटे पर शुरू और समाप्त होती है; पूरे दिन की पाली केवल अकेली पाली हो सकती है।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/domain/shifts.py" line="138"/>
        <source>Shifts {owner} ({first}-{first_end}) and {number} ({start}-{end}) overlap at {hour:02d}:00.</source>
        <translation>पाली {owner} ({first}-{first_end}) और {number} ({start}-{end}) {hour:02d}:00 पर एक-दूसरे पर चढ़ती हैं।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/domain/shifts.py" line="163"/>
        <source>No shift covers {gap:02d}:00–{until:02d}:00; the shifts must cover all 24 hours.</source>
        <translation>{gap:02d}:00–{until:02d}:00 किसी पाली में नहीं आता; पालियों को पूरे 24 घंटे ढकने चाहिए।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/feeder_facts.py" line="49"/>
        <source>A change cannot take effect after today: record it on {day:%d-%m-%Y} or later.</source>
        <translation>कोई बदलाव आज के बाद की तारीख से लागू नहीं हो सकता: इसे {day:%d-%m-%Y} को या उसके बाद दर्ज करें।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/feeder_facts.py" line="151"/>
        <location filename="../../fusecentre_app/services/feeder_facts.py" line="200"/>
        <source>Consumers connected cannot be negative.</source>
        <translation>जुड़े उपभोक्ताओं की संख्या ऋणात्मक नहीं हो सकती।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/feeder_facts.py" line="155"/>
        <source>The area must be urban or rural, not {area!r}.</source>
        <translation>क्षेत्र शहरी या ग्रामीण होना चाहिए, {area!r} नहीं।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/feeder_facts.py" line="166"/>
        <source>There is no feeder {feeder_id}.</source>
        <translation>फीडर {feeder_id} नहीं है।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/feeder_facts.py" line="209"/>
        <source>There is no DT {dt_id}.</source>
        <translation>DT {dt_id} नहीं है।</translation>
    </message>
</context>
<context>
    <name>printing</name>
    <message>
        <location filename="../../fusecentre_app/reports/printing.py" line="72"/>
        <source>{complaints} complaints, {pages} pages, digest {digest} (event {cut})</source>
        <translation>{complaints} शिकायतें, {pages} पृष्ठ, डाइजेस्ट {digest} (घटना-संख्या {cut})</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/reports/printing.py" line="136"/>
        <source>{shift} shift to {end}: {complaints} open complaints, {incidents} open incidents, {escalations} escalations, {pages} pages</source>
        <translation>{shift} पाली, {end} तक: {complaints} खुली शिकायतें, {incidents} खुली घटनाएँ, {escalations} एस्केलेशन, {pages} पृष्ठ</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/reports/printing.py" line="151"/>
        <source>{summary}; printed again (first printed {at} by {by})</source>
        <translation>{summary}; दोबारा छपा (पहली बार {at} पर {by} द्वारा छपा)</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/reports/printing.py" line="156"/>
        <source>the command line</source>
        <translation>कमांड लाइन</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/reports/printing.py" line="160"/>
        <source>{summary}; the note typed now is not on it (a sheet printed again keeps its first note)</source>
        <translation>{summary}; अभी लिखी टिप्पणी इस पर नहीं है (दोबारा छपे पत्रक पर पहली टिप्पणी ही रहती है)</translation>
    </message>
</context>
<context>
    <name>register</name>
    <message>
        <location filename="../../fusecentre_app/services/register.py" line="585"/>
        <source>sent by SMS</source>
        <translation>SMS से भेजा</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/register.py" line="586"/>
        <source>sent from the centre&apos;s mobile</source>
        <translation>केंद्र के मोबाइल से भेजा</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/register.py" line="587"/>
        <source>slip given</source>
        <translation>पर्ची दी</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/register.py" line="589"/>
        <source>given</source>
        <translation>दिया</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/register.py" line="591"/>
        <source>answered</source>
        <translation>उत्तर मिला</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/register.py" line="592"/>
        <source>no answer</source>
        <translation>उत्तर नहीं</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/register.py" line="593"/>
        <source>busy</source>
        <translation>व्यस्त</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/register.py" line="594"/>
        <source>switched off</source>
        <translation>फ़ोन बंद</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/register.py" line="595"/>
        <source>message sent</source>
        <translation>संदेश भेजा</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/register.py" line="597"/>
        <source>no outcome noted</source>
        <translation>परिणाम दर्ज नहीं</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/register.py" line="605"/>
        <source>{remark}: {reason}</source>
        <translation>{remark}: {reason}</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/register.py" line="625"/>
        <source>Reopened {at}</source>
        <translation>{at} पर फिर से खोली गई</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/register.py" line="630"/>
        <source>Cancelled {at} by {who}</source>
        <translation>{at} पर {who} द्वारा रद्द</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/register.py" line="633"/>
        <source>Cancelled {at}</source>
        <translation>{at} पर रद्द</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/register.py" line="636"/>
        <source>Closed unverified</source>
        <translation>बिना पुष्टि बंद</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/register.py" line="643"/>
        <source>Part of incident #{incident}</source>
        <translation>घटना #{incident} का भाग</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/register.py" line="649"/>
        <source>Taken out of incident #{incident}</source>
        <translation>घटना #{incident} से अलग की गई</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/register.py" line="662"/>
        <source>Escalated to {designation} {at}</source>
        <translation>{at} पर {designation} तक मामला बढ़ाया गया</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/register.py" line="670"/>
        <source>Officer contacted {count}× ({outcomes})</source>
        <translation>अधिकारी से {count} बार संपर्क ({outcomes})</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/register.py" line="678"/>
        <source>Docket {ways} to the caller</source>
        <translation>शिकायतकर्ता को डॉकेट: {ways}</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/register.py" line="684"/>
        <source>Assigned {count} times</source>
        <translation>{count} बार सौंपी गई</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/register.py" line="688"/>
        <source>{count} calls received</source>
        <translation>{count} कॉल प्राप्त</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/register.py" line="746"/>
        <source>Amended {at} by {who}</source>
        <translation>{at} पर {who} द्वारा संशोधित</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/register.py" line="749"/>
        <source>Amended {at}</source>
        <translation>{at} पर संशोधित</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/register.py" line="751"/>
        <source>{remark} (after the day)</source>
        <translation>{remark} (दिन बीतने के बाद)</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/register.py" line="754"/>
        <source>{remark}: {fields}</source>
        <translation>{remark}: {fields}</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/register.py" line="759"/>
        <source>{remark} ({reason})</source>
        <translation>{remark} ({reason})</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/reports/register_cells.py" line="40"/>
        <source>New</source>
        <translation>नई</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/reports/register_cells.py" line="41"/>
        <source>Assigned</source>
        <translation>सौंपी गई</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/reports/register_cells.py" line="42"/>
        <source>Attending</source>
        <translation>कार्य जारी</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/reports/register_cells.py" line="43"/>
        <source>Resolved, awaiting callback</source>
        <translation>निवारित, पुष्टि कॉल बाकी</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/reports/register_cells.py" line="44"/>
        <source>Reopened</source>
        <translation>पुनः खुली</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/reports/register_cells.py" line="45"/>
        <source>Closed, verified</source>
        <translation>बंद, पुष्टि हुई</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/reports/register_cells.py" line="46"/>
        <source>Closed, unverified</source>
        <translation>बंद, पुष्टि नहीं</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/reports/register_cells.py" line="47"/>
        <source>Cancelled</source>
        <translation>रद्द</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/reports/register_cells.py" line="50"/>
        <source>Restored</source>
        <translation>बहाल</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/reports/register_cells.py" line="51"/>
        <source>Not restored</source>
        <translation>बहाल नहीं</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/reports/register_cells.py" line="52"/>
        <source>No answer</source>
        <translation>उत्तर नहीं</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/reports/register_cells.py" line="137"/>
        <source>met</source>
        <translation>पूरा</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/reports/register_cells.py" line="138"/>
        <source>{hours} late</source>
        <translation>{hours} की देरी</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/reports/register_cells.py" line="142"/>
        <source>overdue {hours}</source>
        <translation>{hours} से विलंबित</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/reports/register_cells.py" line="145"/>
        <source>due {at}</source>
        <translation>{at} तक</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/reports/register_cells.py" line="160"/>
        <source>{at}, try {n}</source>
        <translation>{at}, प्रयास {n}</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/reports/register_cells.py" line="174"/>
        <source>Rs 0
counted with {docket}</source>
        <translation>Rs 0
{docket} में गिना गया</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/reports/register_cells.py" line="179"/>
        <source>Rs 0
no rate set</source>
        <translation>Rs 0
कोई दर तय नहीं</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/reports/register_cells.py" line="183"/>
        <source>so far</source>
        <translation>अब तक</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/reports/register_cells.py" line="187"/>
        <source>Rs {total}
Rs {each} each to the {n} consumers of {dt}</source>
        <translation>Rs {total}
{dt} के {n} उपभोक्ताओं को Rs {each} प्रत्येक</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/reports/register_cells.py" line="198"/>
        <source>Rs {total}
1 consumer</source>
        <translation>Rs {total}
1 उपभोक्ता</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/reports/register_cells.py" line="202"/>
        <source>Rs {total}
{n} consumers</source>
        <translation>Rs {total}
{n} उपभोक्ता</translation>
    </message>
</context>
<context>
    <name>register check</name>
    <message>
        <location filename="../../fusecentre_app/services/register_check.py" line="43"/>
        <source>{kind} recorded</source>
        <translation>{kind} दर्ज</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/register_check.py" line="46"/>
        <source>{docket}: {done} after the print by {by}</source>
        <translation>{docket}: छपाई के बाद {by} द्वारा {done}</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/register_check.py" line="49"/>
        <source>the command line</source>
        <translation>कमांड लाइन</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/register_check.py" line="54"/>
        <source>added</source>
        <translation>जोड़ी गई</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/register_check.py" line="55"/>
        <source>a further call noted</source>
        <translation>एक और कॉल दर्ज की गई</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/register_check.py" line="56"/>
        <source>assigned</source>
        <translation>सौंपी गई</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/register_check.py" line="57"/>
        <source>marked as attended</source>
        <translation>पहुँचना दर्ज किया गया</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/register_check.py" line="58"/>
        <source>resolved</source>
        <translation>निवारण दर्ज किया गया</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/register_check.py" line="59"/>
        <source>called back</source>
        <translation>पुष्टि कॉल की गई</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/register_check.py" line="60"/>
        <source>reopened</source>
        <translation>फिर से खोली गई</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/register_check.py" line="61"/>
        <source>closed</source>
        <translation>बंद की गई</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/register_check.py" line="62"/>
        <source>cancelled</source>
        <translation>रद्द की गई</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/register_check.py" line="63"/>
        <source>corrected</source>
        <translation>सुधारी गई</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/register_check.py" line="64"/>
        <source>linked to an incident</source>
        <translation>घटना से जोड़ी गई</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/register_check.py" line="66"/>
        <source>unlinked from an incident</source>
        <translation>घटना से अलग की गई</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/register_check.py" line="68"/>
        <source>an officer contacted</source>
        <translation>अधिकारी से संपर्क किया गया</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/register_check.py" line="70"/>
        <source>a contact&apos;s outcome recorded</source>
        <translation>संपर्क का परिणाम दर्ज किया गया</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/register_check.py" line="72"/>
        <source>escalated</source>
        <translation>मामला बढ़ाया गया</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/register_check.py" line="73"/>
        <source>an action reversed</source>
        <translation>एक कार्रवाई वापस ली गई</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/services/register_check.py" line="75"/>
        <source>the docket given to the caller</source>
        <translation>शिकायतकर्ता को डॉकेट दिया गया</translation>
    </message>
</context>
<context>
    <name>run_desk</name>
    <message>
        <location filename="../../fusecentre_app/gui/app.py" line="101"/>
        <source>The demo made its own accounts, all with the password %1: sign in as %2 (a clerk at Buxar) or %3 (the administrator).</source>
        <translation>डेमो ने अपने खाते स्वयं बनाए हैं, सबका पासवर्ड %1 है: %2 (बक्सर का क्लर्क) या %3 (प्रशासक) के रूप में साइन इन करें।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/app.py" line="127"/>
        <source>Something went wrong</source>
        <translation>कुछ गड़बड़ हो गई</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/app.py" line="309"/>
        <source>This store was made by version %1 of the desk (this is %2): install version %1 to open it. Nothing was changed or copied.</source>
        <translation>यह डेटाबेस डेस्क के संस्करण %1 से बना है (यह संस्करण %2 है): इसे खोलने के लिए संस्करण %1 इंस्टॉल करें। कुछ भी बदला या कॉपी नहीं किया गया।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/app.py" line="317"/>
        <source>This store was made by a newer version of the desk (this is %1): install that version to open it. Nothing was changed or copied.</source>
        <translation>यह डेटाबेस डेस्क के किसी नए संस्करण से बना है (यह संस्करण %1 है): इसे खोलने के लिए वही संस्करण इंस्टॉल करें। कुछ भी बदला या कॉपी नहीं किया गया।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/app.py" line="324"/>
        <source>The store %1 is damaged (SQLite found: %2), so the desk will not write to it. Ask the supervisor to restore the last backup (fusecentre restore).</source>
        <translation>डेटाबेस %1 खराब हो गया है (SQLite को मिला: %2), इसलिए डेस्क इसमें कुछ नहीं लिखेगा। पर्यवेक्षक से पिछला बैकअप वापस लाने (fusecentre restore) को कहें।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/app.py" line="333"/>
        <source>The store was not upgraded and nothing was changed: %1.</source>
        <translation>डेटाबेस अपग्रेड नहीं हुआ और कुछ भी नहीं बदला: %1।</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/app.py" line="172"/>
        <location filename="../../fusecentre_app/gui/app.py" line="359"/>
        <source>Cannot open the database</source>
        <translation>डेटाबेस नहीं खुल सका</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/app.py" line="338"/>
        <source>The desk could not open its database:
%1</source>
        <translation>डेस्क अपना डेटाबेस नहीं खोल सका:
%1</translation>
    </message>
</context>
<context>
    <name>sheet_files</name>
    <message>
        <location filename="../../fusecentre_app/gui/sheet_files.py" line="18"/>
        <source>Spreadsheets (*.csv *.xlsx);;CSV files (*.csv);;Excel workbooks (*.xlsx)</source>
        <translation>स्प्रेडशीट (*.csv *.xlsx);;CSV फ़ाइलें (*.csv);;Excel वर्कबुक (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/sheet_files.py" line="29"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel वर्कबुक (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/gui/sheet_files.py" line="34"/>
        <source>CSV UTF-8 (*.csv)</source>
        <translation>CSV UTF-8 (*.csv)</translation>
    </message>
</context>
<context>
    <name>status words</name>
    <message>
        <location filename="../../fusecentre_app/domain/lifecycle.py" line="37"/>
        <source>new</source>
        <translation>नई</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/domain/lifecycle.py" line="38"/>
        <source>assigned</source>
        <translation>सौंपी जा चुकी</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/domain/lifecycle.py" line="39"/>
        <source>being attended</source>
        <translation>पर काम चल रहा</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/domain/lifecycle.py" line="41"/>
        <source>resolved and waiting for its call back</source>
        <translation>निवारित होकर पुष्टि कॉल की प्रतीक्षा में</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/domain/lifecycle.py" line="43"/>
        <source>closed (verified)</source>
        <translation>बंद (पुष्टि हुई)</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/domain/lifecycle.py" line="44"/>
        <source>closed (not verified)</source>
        <translation>बंद (पुष्टि नहीं हुई)</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/domain/lifecycle.py" line="45"/>
        <source>cancelled</source>
        <translation>रद्द</translation>
    </message>
    <message>
        <location filename="../../fusecentre_app/domain/lifecycle.py" line="46"/>
        <source>reopened</source>
        <translation>फिर से खुली</translation>
    </message>
</context>
</TS>
