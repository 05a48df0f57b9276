; Kyrgyz texts of the PressDesk installer.
; The installer loads Inno Setup's Russian.isl first and this file on top of it, so every message
; not listed here appears in Russian. A native speaker may correct or extend these lines; the
; keys and the placeholders ([name], %1, %n) must stay as they are.

[LangOptions]
LanguageName=Кыргызча
LanguageID=$0440
LanguageCodePage=0

[Messages]
SetupAppTitle=Орнотуу
SetupWindowTitle=[name] орнотуу
UninstallAppTitle=Өчүрүү
UninstallAppFullTitle=[name] өчүрүү

ButtonBack=< &Артка
ButtonNext=&Кийинки >
ButtonInstall=&Орнотуу
ButtonOK=Макул
ButtonCancel=Жокко чыгаруу
ButtonYes=&Ооба
ButtonYesToAll=Баарына &ооба
ButtonNo=&Жок
ButtonNoToAll=Баарына ж&ок
ButtonFinish=&Бүтүрүү
ButtonBrowse=&Тандоо...
ButtonWizardBrowse=Т&андоо...
ButtonNewFolder=&Жаңы папка

SelectLanguageTitle=Орнотуунун тили
SelectLanguageLabel=Орнотуу учурунда колдонулуучу тилди тандаңыз.

ExitSetupTitle=Орнотуудан чыгуу
ExitSetupMessage=Орнотуу бүтө элек. Азыр чыксаңыз, программа орнотулбай калат.%n%nОрнотууну кийин кайра баштасаңыз болот.%n%nОрнотуудан чыгасызбы?

WelcomeLabel1=[name] орнотуу чеберине кош келиңиз
WelcomeLabel2=Бул компьютерге [name/ver] орнотулат.%n%nУлантуудан мурун башка программаларды жабуу сунушталат.

WizardSelectDir=Орнотуу папкасын тандоо
SelectDirDesc=[name] кайсы папкага орнотулсун?
SelectDirLabel3=[name] төмөнкү папкага орнотулат.
SelectDirBrowseLabel=Улантуу үчүн «Кийинки» баскычын басыңыз. Башка папканы тандоо үчүн «Тандоо» баскычын басыңыз.

WizardSelectTasks=Кошумча тапшырмаларды тандоо
SelectTasksDesc=Кандай кошумча тапшырмалар аткарылсын?
SelectTasksLabel2=[name] орнотулуп жатканда аткарылуучу кошумча тапшырмаларды тандап, «Кийинки» баскычын басыңыз.

WizardReady=Орнотууга даяр
ReadyLabel1=[name] бул компьютерге орнотулууга даяр.
ReadyLabel2a=Орнотууну баштоо үчүн «Орнотуу» баскычын басыңыз, же жөндөөлөрдү карап чыгуу үчүн «Артка» баскычын басыңыз.
ReadyLabel2b=Орнотууну баштоо үчүн «Орнотуу» баскычын басыңыз.
ReadyMemoDir=Орнотуу папкасы:
ReadyMemoTasks=Кошумча тапшырмалар:

WizardPreparing=Орнотууга даярдоо
PreparingDesc=[name] бул компьютерге орнотууга даярдалып жатат.

WizardInstalling=Орнотулуп жатат
InstallingLabel=[name] бул компьютерге орнотулуп жатат, күтө туруңуз.

FinishedHeadingLabel=[name] орнотуу бүттү
FinishedLabelNoIcons=[name] бул компьютерге орнотулду.
FinishedLabel=[name] бул компьютерге орнотулду. Программаны «Баштоо» менюсундагы белгиден ачсаңыз болот.
ClickFinish=Орнотуу чеберинен чыгуу үчүн «Бүтүрүү» баскычын басыңыз.

ConfirmUninstall=%1 жана анын бардык бөлүктөрүн өчүрөсүзбү?
UninstallStatusLabel=%1 компьютерден өчүрүлүп жатат, күтө туруңуз.
UninstalledAll=%1 компьютерден ийгиликтүү өчүрүлдү.

[CustomMessages]
CreateDesktopIcon=&Иш столунда белги түзүү
AdditionalIcons=Кошумча белгилер:
LaunchProgram=%1 программасын ачуу
